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
  /** When a volunteer last confirmed the listing (ISO 8601); null: never. */
  checked_at: ColumnType<string | null, string | null | undefined, string | null>;
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
  /** Shared by every change of one write, so that it can be reverted as one; null before issue 12. */
  batch: ColumnType<string | null, string | null | undefined, string | null>;
  /** What the person said the write was for ("bulk edit: add format W"). */
  note: ColumnType<string | null, string | null | undefined, string | null>;
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
  /** Failed logins since the last success or lock; a lock sets it back to 0. */
  failed_logins: ColumnType<number, number | undefined, number>;
  /** ISO 8601: no login until then, after repeated failures. */
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface AccountServiceBodiesTable {
  account_id: number;
  service_body_id: number;
}

/** A browser's admin session; account_id is null until its login succeeds. */
export interface SessionsTable {
  id: string;
  account_id: number | null;
  /** @fastify/session's session object, as JSON. */
  data: Json;
  expires_at: string;
  created_at: string;
}

/** A bearer token for the admin API: only its SHA-256 is kept. */
export interface ApiTokensTable {
  id: Generated<number>;
  account_id: number;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** Values the site makes once and every node shares (the session signing secret). */
export interface SettingsTable {
  key: string;
  value: string;
}

/** A visitor's suggested correction, or a report that a meeting did not happen. */
export interface CorrectionRequestsTable {
  id: Generated<number>;
  meeting_id: number;
  /** 'correction' or 'did-not-happen'. */
  kind: string;
  /** { field: proposed value }, as JSON. */
  proposed: ColumnType<string, string | undefined, string>;
  message: string | null;
  /** Optional; seen by admins only. */
  email: string | null;
  /** 'open', 'applied' or 'dismissed'. */
  status: ColumnType<string, string | undefined, string>;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
}

/** How a meeting's link last answered the background check. */
export interface LinkChecksTable {
  url: string;
  /** The HTTP status; null when no answer came (see error). */
  status: number | null;
  error: string | null;
  checked_at: string;
}

/** A preview of replacing a source, kept until it is applied or cancelled. */
export interface ImportPreviewsTable {
  id: string;
  source: string;
  account_id: number;
  created_at: string;
  /** The parsed feed and its warnings, as JSON: what Apply imports. */
  feed: Json;
  /** The dry run's report and plan, as JSON: what the page showed. */
  preview: Json;
  /** planKey of the plan: what Apply must still do. */
  plan_key: string;
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
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  settings: SettingsTable;
  correction_requests: CorrectionRequestsTable;
  link_checks: LinkChecksTable;
  import_previews: ImportPreviewsTable;
}
