import type { ColumnDefinitionBuilder, Expression, RawBuilder } from 'kysely';

export type Engine = 'sqlite' | 'postgres';

/**
 * What the two engines spell differently, one object per dialect (as kysely's
 * `helpers/sqlite` and `helpers/postgres`), chosen once when the store opens: code above
 * this folder asks the helpers, never which engine it has.
 */
export interface DialectHelpers {
  readonly engine: Engine;
  /** One JSON array of the values, built by the database: a single value to read per row. */
  jsonArray(values: readonly Expression<unknown>[]): RawBuilder<unknown>;
  /** What `jsonArray` reads back as: the driver hands over either JSON text or the parsed array. */
  readJsonArray(value: unknown): unknown[];
  /** An auto-numbered integer primary key in the engine's own idiom, for `addColumn`. */
  readonly serialKey: { type: RawBuilder<unknown>; build: (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder };
  /** Where the data lives, for the start-up message. */
  describe(dataDir: string): string;
}
