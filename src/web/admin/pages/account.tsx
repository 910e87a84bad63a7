import type { Actor } from '../../../domain/permissions.js';
import { messages } from '../../i18n/messages.js';
import type { AdminContext } from '../admin-context.js';
import { AdminLayout } from '../components/admin-layout.js';
import { CsrfField } from '../components/csrf-field.js';
import { ErrorSummary, Field, fieldAttributes, type FieldErrors } from '../components/field.js';
import { Notice } from '../components/notice.js';

/** /admin/account: the volunteer's own password. */
export function AccountPage({
  admin,
  errors,
  notice,
}: {
  admin: AdminContext & { actor: Actor };
  errors: FieldErrors;
  notice: string | null;
}) {
  const text = messages().admin.account;
  const common = messages().admin.common;
  const { account } = admin.actor;
  return (
    <AdminLayout admin={admin} title={text.title}>
      <h1>{text.heading}</h1>
      <Notice notice={notice} />
      <p>{text.intro(account.email, common.roles[account.role] ?? account.role)}</p>
      <h2>{text.changePassword}</h2>
      <ErrorSummary errors={errors} labels={text.labels} heading={common.errorsSummary(Object.keys(errors).length)} />
      <form method="post" action="/admin/account/password" class="admin-form" novalidate>
        <CsrfField admin={admin} />
        <input type="text" name="username" autocomplete="username" value={account.email} hidden />
        <Field name="current" label={text.current} errors={errors}>
          <input type="password" autocomplete="current-password" required {...fieldAttributes('current', errors)} />
        </Field>
        <Field name="next" label={text.next} hint={text.nextHint} errors={errors}>
          <input type="password" autocomplete="new-password" required {...fieldAttributes('next', errors, text.nextHint)} />
        </Field>
        <Field name="confirm" label={text.confirm} errors={errors}>
          <input type="password" autocomplete="new-password" required {...fieldAttributes('confirm', errors)} />
        </Field>
        <div>
          <button type="submit">{text.submit}</button>
        </div>
      </form>
    </AdminLayout>
  );
}
