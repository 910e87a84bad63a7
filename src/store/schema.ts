import type { ColumnType, Generated } from 'kysely';

/**
 * Tables as both engines hold them. Booleans are written as 1/0 (accepted by SQLite's
 * integers and PostgreSQL's booleans) and read back as either; lists and maps are JSON text.
 */
type Bool = ColumnType<number | boolean, number, number>;
type Json = string;

export interface MeetingsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  program: string;
  categories: Json;
  service_body_id: number | null;
  group_name: string | null;
  group_notes: string | null;
  world_id: string | null;
  weekday: number;
  start_time: string;
  duration_minutes: number;
  time_zone: string;
  attendance: string;
  venue_name: string | null;
  street: string | null;
  city_subsection: string | null;
  neighborhood: string | null;
  city: string | null;
  county: string | null;
  state: string | null;
  postal_code: string | null;
  country: string;
  latitude: number | null;
  longitude: number | null;
  approximate: Bool;
  location_notes: string | null;
  regions: Json;
  train_lines: string | null;
  bus_lines: string | null;
  conference_url: string | null;
  conference_url_notes: string | null;
  conference_phone: string | null;
  conference_phone_notes: string | null;
  languages: Json;
  notes: string | null;
  website: string | null;
  contacts: Json;
  admin_notes: string | null;
  published: Bool;
  sample: Bool;
  source: string | null;
  external_id: string | null;
  extras: Json;
  created_at: string;
  updated_at: string;
}

export interface MeetingFormatsTable {
  meeting_id: number;
  format_code: string;
  position: number;
}

export interface ServiceBodiesTable {
  id: Generated<number>;
  parent_id: number | null;
  name: string;
  type: string;
  description: string | null;
  website: string | null;
  helpline: string | null;
  email: string | null;
  world_id: string | null;
  sample: Bool;
  source: string | null;
  external_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface FormatsTable {
  code: string;
  /** The number BMLT clients know the format by. */
  id: number;
  type: string;
  world_id: string | null;
  meeting_guide_code: string | null;
  text: Json;
  /** The import source whose feed brought the format; null for the catalogue's. */
  source: string | null;
  /** The feed's own key for it (BMLT key_string, a sheet's word), with `source`. */
  source_key: string | null;
}

export interface ProgramsTable {
  code: string;
  name: string;
  url: string | null;
  categories: Json;
}

export interface ChangesTable {
  seq: Generated<number>;
  at: string;
  actor: string;
  entity_type: string;
  entity_id: string;
  action: string;
  before: Json | null;
  after: Json | null;
}

/** A named feed that an import reads, and how its scheduled refreshes went. */
export interface SourcesTable {
  name: string;
  /** 'bmlt' or 'meeting-guide'. */
  kind: string;
  url: string;
  /** Refresh interval; null: imported only by hand. */
  every_seconds: number | null;
  allow_private: Bool;
  /** The program of every meeting (a programs code); null: the feed's rule decides. */
  program: string | null;
  /** The IANA zone of rows that give none; null: from each row's place. */
  time_zone: string | null;
  /** When a scheduler may next claim it (ISO 8601). */
  next_run_at: string | null;
  last_run_at: string | null;
  last_success_at: string | null;
  last_error_at: string | null;
  last_error: string | null;
  /** The last import's counts, as JSON. */
  last_report: Json | null;
  created_at: string;
  updated_at: string;
}

/** A volunteer's account: the hash is argon2id's encoded string (algorithm, parameters, salt and hash). */
export interface AccountsTable {
  id: Generated<number>;
  /** Lower case: one address is one account. */
  email: string;
  name: string | null;
  password_hash: string;
  /** 'admin', 'body-admin', 'editor' or 'observer'. */
  role: string;
  active: Bool;
  created_at: string;
  updated_at: string;
}

export interface AccountServiceBodiesTable {
  account_id: number;
  service_body_id: number;
}

export interface Database {
  meetings: MeetingsTable;
  meeting_formats: MeetingFormatsTable;
  service_bodies: ServiceBodiesTable;
  formats: FormatsTable;
  programs: ProgramsTable;
  changes: ChangesTable;
  sources: SourcesTable;
  accounts: AccountsTable;
  account_service_bodies: AccountServiceBodiesTable;
}
