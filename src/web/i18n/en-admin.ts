import { bodies } from './admin/bodies.js';
import { bulk } from './admin/bulk.js';
import { common } from './admin/common.js';
import { corrections } from './admin/corrections.js';
import { dashboard } from './admin/dashboard.js';
import { formats, programs } from './admin/formats.js';
import { history } from './admin/history.js';
import { login } from './admin/login.js';
import { meetings } from './admin/meetings.js';
import { quality } from './admin/quality.js';
import { sources } from './admin/sources.js';
import { tokens } from './admin/tokens.js';
import { account, users } from './admin/users.js';

/** The admin pages' text in English: one file per area, so that each can grow on its own. */
export const adminEn = {
  common,
  login,
  dashboard,
  meetings,
  corrections,
  quality,
  history,
  bulk,
  sources,
  bodies,
  formats,
  programs,
  users,
  account,
  tokens,
};
