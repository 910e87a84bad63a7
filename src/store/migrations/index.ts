import type { Migration } from 'kysely';
import * as initial from './0001-initial.js';
import * as formatIdsAndSources from './0002-format-ids-and-sources.js';
import * as sourceFormats from './0003-source-formats.js';
import * as sourceProgramAndZone from './0004-source-program-and-zone.js';
import * as accounts from './0005-accounts.js';
import * as admin from './0006-admin.js';
import * as importPreviews from './0009-import-previews.js';

/** Every migration, in order. Names sort in the order they run. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-format-ids-and-sources': formatIdsAndSources,
  '0003-source-formats': sourceFormats,
  '0004-source-program-and-zone': sourceProgramAndZone,
  '0005-accounts': accounts,
  '0006-admin': admin,
  '0009-import-previews': importPreviews,
};
