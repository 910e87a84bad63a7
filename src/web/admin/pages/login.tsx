import { messages } from '../../i18n/messages.js';
import type { AdminContext } from '../admin-context.js';
import { AdminLayout } from '../components/admin-layout.js';
import { CsrfField } from '../components/csrf-field.js';
import { ErrorSummary, Field, fieldAttributes, type FieldErrors } from '../components/field.js';

export interface LoginPageProps {
  admin: AdminContext;
  /** Where to go once logged in: an /admin path. */
  next: string;
  email: string;
  errors: FieldErrors;
  /** A sentence about the whole form (a lock, a deactivated account, a failed match). */
  problem: string | null;
  notice: string | null;
}

export function LoginPage({ admin, next, email, errors, problem, notice }: LoginPageProps) {
  const text = messages().admin.login;
  const common = messages().admin.common;
  return (
    <AdminLayout admin={admin} title={text.title}>
      <h1>{text.heading}</h1>
      <p>{text.intro}</p>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {problem && (
        <p class="form-errors" role="alert">
          {problem}
        </p>
      )}
      <ErrorSummary
        errors={errors}
        labels={{ email: text.email, password: text.password }}
        heading={common.errorsSummary(Object.keys(errors).length)}
      />
      <form method="post" action="/admin/login" class="admin-form">
        <CsrfField admin={admin} />
        <input type="hidden" name="next" value={next} />
        <Field name="email" label={text.email} errors={errors}>
          <input type="email" autocomplete="username" required value={email} {...fieldAttributes('email', errors)} />
        </Field>
        <Field name="password" label={text.password} errors={errors}>
          <input type="password" autocomplete="current-password" required {...fieldAttributes('password', errors)} />
        </Field>
        <div>
          <button type="submit">{text.submit}</button>
        </div>
      </form>
      <p>{text.forgot}</p>
      <p>
        <a href="/">{common.publicSite}</a>
      </p>
    </AdminLayout>
  );
}
