import { common } from './admin/common.js';
import { corrections } from './admin/corrections.js';
import { dashboard } from './admin/dashboard.js';
import { login } from './admin/login.js';
import { quality } from './admin/quality.js';

/** The admin pages' text in English: one file per area, so that each can grow on its own. */
export const adminEn = { common, login, dashboard, corrections, quality };
