import type { Kysely, Transaction } from 'kysely';
import type { Format, NumberedFormat, SourceFormat } from '../domain/format.js';
import { FORMAT_CATALOGUE } from '../domain/formats-catalogue.js';
import { sourceFormatCode } from '../domain/format-type-sets.js';
import { STARTER_PROGRAMS, type Program } from '../domain/program.js';
import type { ChangeLog, ChangeRecord } from './change-log.js';
import type { Database } from './schema.js';

/** A format row to insert, from the catalogue or a feed. */
interface NewFormat extends Format {
  source: string | null;
  sourceKey: string | null;
}

/** What a feed's own formats are called here, and which of them the store lacks. */
export interface SourceFormatPlan {
  /** The store's code for each of the feed's keys. */
  codes: ReadonlyMap<string, string>;
  /** The formats to add, numbered: write them with `addSourceFormats`. */
  added: readonly NumberedFormat[];
}

/** The lowest number a feed's own format gets: the catalogue's pinned numbers stay below it. */
export const FIRST_SOURCE_FORMAT_ID = 1001;

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
      source: row.source ?? null,
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
   * exist are left as they are: an operator may have edited them. A new catalogue format
   * takes its pinned number; should a store already use that number, the format gets the
   * next free one instead, so that the store still opens.
   */
  async ensureDefaults(actor: string): Promise<number> {
    const [formats, programs] = await Promise.all([this.formats(), this.programs()]);
    const haveFormats = new Set(formats.map((f) => f.code));
    const havePrograms = new Set(programs.map((p) => p.code));
    const newFormats = FORMAT_CATALOGUE.filter((f) => !haveFormats.has(f.code));
    const newPrograms = STARTER_PROGRAMS.filter((p) => !havePrograms.has(p.code));
    if (newFormats.length === 0 && newPrograms.length === 0) return 0;
    const taken = new Set(formats.map((f) => f.id));
    // Pinned numbers first, so that a format whose number is free never loses it to one that must move.
    const moved = newFormats.filter((f) => taken.has(f.id));
    for (const format of newFormats) taken.add(format.id);
    let next = Math.max(0, ...[...taken].filter((id) => id < FIRST_SOURCE_FORMAT_ID)) + 1;
    const numbered = newFormats.map((format) => {
      if (!moved.includes(format)) return format;
      while (taken.has(next)) next++;
      taken.add(next);
      return { ...format, id: next };
    });
    await this.log.write(actor, async (trx, record) => {
      for (const format of numbered) await insertFormat(trx, record, { ...format, source: null, sourceKey: null });
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

  /**
   * Adds a format by hand. It gets the next number no format has had: BMLT clients match
   * formats by number, so a number is never given twice nor changed.
   */
  async createFormat(fields: Omit<Format, 'id'>, actor: string): Promise<NumberedFormat> {
    return this.log.write(actor, async (trx, record) => {
      const rows = await trx.selectFrom('formats').select(['id', 'code']).execute();
      if (rows.some((r) => r.code.toLowerCase() === fields.code.toLowerCase())) throw new CodeTakenError(fields.code);
      const id = Math.max(0, ...rows.map((r) => r.id)) + 1;
      const format: NewFormat = { ...fields, id, source: null, sourceKey: null };
      await insertFormat(trx, record, format);
      return { ...fields, id, source: null };
    });
  }

  /** Changes a format's type, codes and text; its code and BMLT number stay. Undefined when there is none. */
  async updateFormat(code: string, fields: Omit<Format, 'id' | 'code'>, actor: string): Promise<NumberedFormat | undefined> {
    const before = (await this.formats()).find((f) => f.code === code);
    if (!before) return undefined;
    const after: NumberedFormat = { ...before, ...fields, code: before.code, id: before.id };
    await this.log.write(actor, async (trx, record) => {
      await trx
        .updateTable('formats')
        .set({ type: after.type, world_id: after.worldId, meeting_guide_code: after.meetingGuideCode, text: JSON.stringify(after.text) })
        .where('code', '=', code)
        .execute();
      record({ entityType: 'format', entityId: code, action: 'update', before, after });
    });
    return after;
  }

  async createProgram(program: Program, actor: string): Promise<Program> {
    return this.log.write(actor, async (trx, record) => {
      const taken = await trx.selectFrom('programs').select('code').where('code', '=', program.code).executeTakeFirst();
      if (taken) throw new CodeTakenError(program.code);
      await trx
        .insertInto('programs')
        .values({ code: program.code, name: program.name, url: program.url, categories: JSON.stringify(program.categories) })
        .execute();
      record({ entityType: 'program', entityId: program.code, action: 'create', before: null, after: program });
      return program;
    });
  }

  /** Changes a program's name, site and categories; its code stays (meetings point at it). */
  async updateProgram(code: string, fields: Omit<Program, 'code'>, actor: string): Promise<Program | undefined> {
    const before = (await this.programs()).find((p) => p.code === code);
    if (!before) return undefined;
    const after: Program = { ...fields, code };
    await this.log.write(actor, async (trx, record) => {
      await trx
        .updateTable('programs')
        .set({ name: after.name, url: after.url, categories: JSON.stringify(after.categories) })
        .where('code', '=', code)
        .execute();
      record({ entityType: 'program', entityId: code, action: 'update', before, after });
    });
    return after;
  }

  /**
   * The store's code for each of a feed's own formats, as formats of its source. A key the
   * source brought before keeps its format (and number); a new one gets a code no other
   * format or Meeting Guide type has in any case, and the next free number from
   * FIRST_SOURCE_FORMAT_ID. Writes nothing: `addSourceFormats` does, in the import's own
   * transaction, so that a refused or dry-run import leaves none behind.
   */
  async planSourceFormats(source: string, feedFormats: readonly SourceFormat[]): Promise<SourceFormatPlan> {
    const codes = new Map<string, string>();
    if (feedFormats.length === 0) return { codes, added: [] };
    const rows = await this.db.selectFrom('formats').select(['id', 'code', 'source', 'source_key']).execute();
    const own = new Map(rows.filter((r) => r.source === source && r.source_key !== null).map((r) => [r.source_key!, r.code]));
    const takenCodes = new Set(rows.map((r) => r.code.toLowerCase()));
    let next = Math.max(FIRST_SOURCE_FORMAT_ID - 1, ...rows.map((r) => r.id)) + 1;
    const added: NumberedFormat[] = [];
    for (const format of feedFormats) {
      if (codes.has(format.key)) continue;
      const existing = own.get(format.key);
      if (existing !== undefined) {
        codes.set(format.key, existing);
        continue;
      }
      const code = sourceFormatCode(format.key, source, (candidate) => takenCodes.has(candidate.toLowerCase()));
      takenCodes.add(code.toLowerCase());
      codes.set(format.key, code);
      const { key: _key, ...rest } = format;
      added.push({ ...rest, id: next++, code, source });
    }
    return { codes, added };
  }
}

/** A format or program with this code exists already. */
export class CodeTakenError extends Error {
  constructor(readonly code: string) {
    super(`the code ${code} is taken`);
    this.name = 'CodeTakenError';
  }
}

/** Writes a plan's new formats, in the caller's transaction. */
export async function addSourceFormats(trx: Transaction<Database>, record: ChangeRecord, plan: SourceFormatPlan): Promise<void> {
  const keyOf = new Map([...plan.codes].map(([key, code]) => [code, key]));
  for (const format of plan.added) await insertFormat(trx, record, { ...format, sourceKey: keyOf.get(format.code) ?? format.code });
}

async function insertFormat(trx: Transaction<Database>, record: ChangeRecord, format: NewFormat): Promise<void> {
  const { sourceKey, ...after } = format;
  await trx
    .insertInto('formats')
    .values({
      id: format.id,
      code: format.code,
      type: format.type,
      world_id: format.worldId,
      meeting_guide_code: format.meetingGuideCode,
      text: JSON.stringify(format.text),
      source: format.source,
      source_key: sourceKey,
    })
    .execute();
  record({ entityType: 'format', entityId: format.code, action: 'create', before: null, after });
}
