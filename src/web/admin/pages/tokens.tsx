import type { ApiTokenView } from '../admin-records.js';
import { messages } from '../../i18n/messages.js';
import type { AdminContext } from '../admin-context.js';
import { AdminLayout } from '../components/admin-layout.js';
import { CsrfField } from '../components/csrf-field.js';
import { ErrorSummary, Field, fieldAttributes, type FieldErrors } from '../components/field.js';
import { Notice } from '../components/notice.js';

export interface TokensPageProps {
  admin: AdminContext;
  tokens: readonly ApiTokenView[];
  /** Whether tokens of others are listed (a server admin's view): then each row names its owner. */
  showOwners: boolean;
  /** A token just made: shown this once. */
  secret: string | null;
  name: string;
  errors: FieldErrors;
  notice: string | null;
}

export function TokensPage({ admin, tokens, showOwners, secret, name, errors, notice }: TokensPageProps) {
  const text = messages().admin.tokens;
  const common = messages().admin.common;
  return (
    <AdminLayout admin={admin} title={text.title}>
      <h1>{text.heading}</h1>
      <Notice notice={notice} />
      {secret && (
        <div class="notice" role="status">
          <p>{text.shownOnce}</p>
          <p>
            <label for="new-token">{text.newToken}</label>
            <input id="new-token" class="token-once" type="text" readonly value={secret} />
          </p>
        </div>
      )}
      <p>{text.intro}</p>
      <p>
        <a href="/api/v1/openapi.json">{text.docs}</a>
      </p>
      <ErrorSummary errors={errors} labels={text.labels} heading={common.errorsSummary(Object.keys(errors).length)} />
      <form method="post" action="/admin/tokens" class="admin-form" novalidate>
        <CsrfField admin={admin} />
        <Field name="name" label={text.name} hint={text.nameHint} errors={errors}>
          <input type="text" required maxLength={100} value={name} {...fieldAttributes('name', errors, text.nameHint)} />
        </Field>
        <div>
          <button type="submit">{text.create}</button>
        </div>
      </form>
      {tokens.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <table class="admin-table">
          <thead>
            <tr>
              <th scope="col">{text.name}</th>
              {showOwners && <th scope="col">{text.owner}</th>}
              <th scope="col">{text.created}</th>
              <th scope="col">{text.lastUsed}</th>
              <th scope="col">{text.status}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                {showOwners && <td>{token.owner}</td>}
                <td>{token.createdAt.slice(0, 16).replace('T', ' ')}</td>
                <td>{token.lastUsedAt ? token.lastUsedAt.slice(0, 16).replace('T', ' ') : text.never}</td>
                <td>
                  {token.revokedAt ? (
                    text.revoked(token.revokedAt.slice(0, 10))
                  ) : (
                    <form method="post" action={`/admin/tokens/${token.id}/revoke`}>
                      <CsrfField admin={admin} />
                      <button type="submit" class="button button-quiet">
                        {text.revoke(token.name)}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}
