import { bodies } from './admin/bodies.js';
import { common } from './admin/common.js';
import { dashboard } from './admin/dashboard.js';
import { formats, programs } from './admin/formats.js';
import { login } from './admin/login.js';
import { tokens } from './admin/tokens.js';
import { account, users } from './admin/users.js';

/** The admin pages' text in English: one file per area, so that each can grow on its own. */
export const adminEn = { common, login, dashboard, bodies, formats, programs, users, account, tokens };
