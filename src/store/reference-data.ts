import type { Kysely } from 'kysely';
import type { Format, NumberedFormat } from '../domain/format.js';
import { catalogueNumber, FORMAT_CATALOGUE } from '../domain/formats-catalogue.js';
import { STARTER_PROGRAMS, type Program } from '../domain/program.js';
import type { ChangeLog } from './change-log.js';
import type { Database } from './schema.js';

/** Formats and programs: small tables read whole. */
export class ReferenceData {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly log: ChangeLog,
  ) {}

  async formats(): Promise<NumberedFormat[]> {
    const rows = await this.db.selectFrom('formats').selectAll().orderBy('code').execute();
    return rows.map((row) => ({
      id: row.id,
      code: row.code,
      type: row.type as Format['type'],
      worldId: row.world_id,
      meetingGuideCode: row.meeting_guide_code,
      text: JSON.parse(row.text) as Format['text'],
    }));
  }

  async programs(): Promise<Program[]> {
    const rows = await this.db.selectFrom('programs').selectAll().orderBy('code').execute();
    return rows.map((row) => ({
      code: row.code,
      name: row.name,
      url: row.url,
      categories: JSON.parse(row.categories) as Program['categories'],
    }));
  }

  /**
   * Adds the catalogue's formats and the starter programs that the store lacks. Rows that
   * exist are left as they are: an operator may have edited them.
   */
  async ensureDefaults(actor: string): Promise<number> {
    const [formats, programs] = await Promise.all([this.formats(), this.programs()]);
    const haveFormats = new Set(formats.map((f) => f.code));
    const havePrograms = new Set(programs.map((p) => p.code));
    const newFormats = FORMAT_CATALOGUE.filter((f) => !haveFormats.has(f.code));
    const newPrograms = STARTER_PROGRAMS.filter((p) => !havePrograms.has(p.code));
    if (newFormats.length === 0 && newPrograms.length === 0) return 0;
    await this.log.write(actor, async (trx, record) => {
      for (const format of newFormats) {
        await trx
          .insertInto('formats')
          .values({
            id: catalogueNumber(format.code)!,
            code: format.code,
            type: format.type,
            world_id: format.worldId,
            meeting_guide_code: format.meetingGuideCode,
            text: JSON.stringify(format.text),
          })
          .execute();
        record({ entityType: 'format', entityId: format.code, action: 'create', before: null, after: format });
      }
      for (const program of newPrograms) {
        await trx
          .insertInto('programs')
          .values({ code: program.code, name: program.name, url: program.url, categories: JSON.stringify(program.categories) })
          .execute();
        record({ entityType: 'program', entityId: program.code, action: 'create', before: null, after: program });
      }
    });
    return newFormats.length + newPrograms.length;
  }
}
