import type { Actor } from '../../domain/permissions.js';
import type { PageContext } from '../site.js';

/** What every admin page knows: the page's context, who is acting, and the token its forms post back. */
export interface AdminContext {
  page: PageContext;
  /** Null on the login page. */
  actor: Actor | null;
  /** The CSRF token every form carries as `_csrf`. */
  csrf: string;
}
