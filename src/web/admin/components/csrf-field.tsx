import type { AdminContext } from '../admin-context.js';

/** The hidden token every admin form sends back, checked before any change. */
export function CsrfField({ admin }: { admin: AdminContext }) {
  return <input type="hidden" name="_csrf" value={admin.csrf} />;
}
