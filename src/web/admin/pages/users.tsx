import type { Account, Role } from '../../../domain/account.js';
import type { ServiceBody } from '../../../domain/service-body.js';
import { messages } from '../../i18n/messages.js';
import type { AdminContext } from '../admin-context.js';
import { AdminLayout } from '../components/admin-layout.js';
import { CsrfField } from '../components/csrf-field.js';
import { ErrorSummary, Field, fieldAttributes, type FieldErrors } from '../components/field.js';
import { Notice } from '../components/notice.js';

type Body = Pick<ServiceBody, 'id' | 'name'>;

function bodyNames(ids: readonly number[], bodies: readonly Body[]): string {
  return ids.map((id) => bodies.find((b) => b.id === id)?.name ?? `#${id}`).join(', ');
}

export function UsersPage({
  admin,
  accounts,
  bodies,
  notice,
}: {
  admin: AdminContext;
  accounts: readonly Account[];
  bodies: readonly Body[];
  notice: string | null;
}) {
  const text = messages().admin.users;
  const roles = messages().admin.common.roles;
  return (
    <AdminLayout admin={admin} title={text.title}>
      <h1>{text.heading}</h1>
      <Notice notice={notice} />
      <p>{text.intro}</p>
      <p>
        <a class="button" href="/admin/users/new">
          {text.add}
        </a>
      </p>
      {accounts.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <table class="admin-table">
          <thead>
            <tr>
              <th scope="col">{text.email}</th>
              <th scope="col">{text.name}</th>
              <th scope="col">{text.role}</th>
              <th scope="col">{text.bodies}</th>
              <th scope="col">{text.status}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <tr key={account.id}>
                <td>
                  <a href={`/admin/users/${account.id}`} aria-label={text.edit(account.email)}>
                    {account.email}
                  </a>
                </td>
                <td>{account.name ?? ''}</td>
                <td>{roles[account.role] ?? account.role}</td>
                <td>{bodyNames(account.serviceBodyIds, bodies)}</td>
                <td>{account.active ? text.active : text.inactive}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

/** What the user form shows: as typed (after an error) or as stored. */
export interface UserFormValues {
  email: string;
  name: string;
  role: string;
  bodies: readonly number[];
  updatedAt: string | null;
}

export interface UserFormPageProps {
  admin: AdminContext;
  /** Undefined: a new user. */
  account?: Account;
  values: UserFormValues;
  errors: FieldErrors;
  roles: readonly Role[];
  /** The bodies the actor may give. */
  bodies: readonly Body[];
  notice: string | null;
  problem: string | null;
  passwordErrors?: FieldErrors;
}

export function UserFormPage({ admin, account, values, errors, roles, bodies, notice, problem, passwordErrors = {} }: UserFormPageProps) {
  const text = messages().admin.users;
  const common = messages().admin.common;
  const title = account ? text.editTitle(account.email) : text.newTitle;
  const action = account ? `/admin/users/${account.id}` : '/admin/users';
  const self = account !== undefined && admin.actor?.account.id === account.id;
  return (
    <AdminLayout admin={admin} title={title}>
      <p>
        <a href="/admin/users">{text.title}</a>
      </p>
      <h1>{title}</h1>
      <Notice notice={notice} problem={problem} />
      <ErrorSummary errors={errors} labels={text.labels} heading={common.errorsSummary(Object.keys(errors).length)} />
      <form method="post" action={action} class="admin-form" novalidate>
        <CsrfField admin={admin} />
        {values.updatedAt && <input type="hidden" name="updatedAt" value={values.updatedAt} />}
        {account ? (
          <p>
            {text.email}: <strong>{account.email}</strong>
          </p>
        ) : (
          <Field name="email" label={text.email} errors={errors}>
            <input type="email" autocomplete="off" required value={values.email} {...fieldAttributes('email', errors)} />
          </Field>
        )}
        <Field name="name" label={text.name} hint={text.nameHint} errors={errors}>
          <input type="text" autocomplete="off" value={values.name} {...fieldAttributes('name', errors, text.nameHint)} />
        </Field>
        <Field name="role" label={text.role} errors={errors}>
          <select {...fieldAttributes('role', errors)}>
            {roles.map((role) => (
              <option key={role} value={role} selected={values.role === role}>
                {common.roles[role] ?? role}
              </option>
            ))}
          </select>
        </Field>
        <fieldset aria-describedby={['bodies-hint', errors['bodies'] ? 'bodies-error' : ''].filter(Boolean).join(' ')} id="bodies">
          <legend>{text.bodies}</legend>
          <p class="hint" id="bodies-hint">
            {text.bodiesHint}
          </p>
          {bodies.map((body) => (
            <div key={body.id} class="check-row">
              <input
                type="checkbox"
                name="bodies"
                id={`body-${body.id}`}
                value={String(body.id)}
                checked={values.bodies.includes(body.id)}
              />{' '}
              <label for={`body-${body.id}`} class="inline-label">
                {body.name}
              </label>
            </div>
          ))}
          {errors['bodies'] && (
            <p class="field-error" id="bodies-error">
              {errors['bodies']}
            </p>
          )}
        </fieldset>
        {!account && (
          <Field name="password" label={text.password} hint={text.passwordHint} errors={errors}>
            <input type="password" autocomplete="new-password" required {...fieldAttributes('password', errors, text.passwordHint)} />
          </Field>
        )}
        <div>
          <button type="submit">{account ? common.save : text.create}</button>
        </div>
      </form>
      {account && (
        <>
          <h2>{text.setPassword}</h2>
          <form method="post" action={`/admin/users/${account.id}/password`} class="admin-form" novalidate>
            <CsrfField admin={admin} />
            <Field name="newPassword" label={text.newPassword} hint={text.passwordHint} errors={passwordErrors}>
              <input
                type="password"
                autocomplete="new-password"
                required
                {...fieldAttributes('newPassword', passwordErrors, text.passwordHint)}
              />
            </Field>
            <div>
              <button type="submit">{text.setPassword}</button>
            </div>
          </form>
          {!self && (
            <>
              <h2>{text.status}</h2>
              <p>{account.active ? text.deactivateIntro : text.inactive}</p>
              <form method="post" action={`/admin/users/${account.id}/active`} class="admin-actions">
                <CsrfField admin={admin} />
                <input type="hidden" name="active" value={account.active ? '0' : '1'} />
                <button type="submit" class={account.active ? 'button button-danger' : 'button'}>
                  {account.active ? text.deactivate : text.reactivate}
                </button>
              </form>
            </>
          )}
        </>
      )}
    </AdminLayout>
  );
}
