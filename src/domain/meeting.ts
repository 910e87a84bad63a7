import type { Attendance } from './attendance.js';
import type { ChallengeCategory } from './challenge.js';
import type { Weekday } from './weekday.js';

/** One weekly occurrence, in the meeting's own wall-clock time and zone. */
export interface WeeklySchedule {
  weekday: Weekday;
  /** Local start, "HH:MM" (24 h). */
  startTime: string;
  durationMinutes: number;
  /** IANA zone, e.g. "America/Los_Angeles". */
  timeZone: string;
}

/**
 * Where an in-person or hybrid meeting happens. Holds every place field of BMLT
 * (location_*, transit lines) and of Meeting Guide (location, regions, approximate).
 */
export interface Venue {
  name: string | null;
  street: string | null;
  /** A borough or city subsection (BMLT location_city_subsection). */
  citySubsection: string | null;
  neighborhood: string | null;
  city: string | null;
  county: string | null;
  /** Two-letter US state or territory code, or a province elsewhere. */
  state: string | null;
  postalCode: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
  latitude: number | null;
  longitude: number | null;
  /** True when the coordinates locate the city or area, not the building. */
  approximate: boolean;
  /** Directions inside or around the venue ("side door, basement"). */
  notes: string | null;
  /** Meeting Guide regions, from general to specific. */
  regions: string[];
  trainLines: string | null;
  busLines: string | null;
}

export interface OnlineAccess {
  conferenceUrl: string | null;
  conferenceUrlNotes: string | null;
  conferencePhone: string | null;
  conferencePhoneNotes: string | null;
}

/** A person to ask about the meeting. Private: never in public answers or feeds. */
export interface Contact {
  name: string | null;
  email: string | null;
  phone: string | null;
}

/** Where a record came from, so that re-imports update it instead of duplicating it. */
export interface Provenance {
  /** A named import source; null for meetings entered by hand. */
  source: string | null;
  externalId: string | null;
}

/** Everything a caller supplies to create or replace a meeting. */
export interface MeetingInput {
  name: string;
  /** Left empty, a slug is made from the name and city. */
  slug?: string | null;
  program: string;
  categories: ChallengeCategory[];
  serviceBodyId: number | null;
  groupName: string | null;
  groupNotes: string | null;
  /** NA World Services id of the group (BMLT worldid_mixed). */
  worldId: string | null;
  schedule: WeeklySchedule;
  attendance: Attendance;
  venue: Venue;
  online: OnlineAccess;
  /** Format codes from the catalogue. */
  formats: string[];
  /** ISO 639-1 codes of the languages spoken. */
  languages: string[];
  notes: string | null;
  /** The meeting's own web page (Meeting Guide `url`). */
  website: string | null;
  contacts: Contact[];
  adminNotes: string | null;
  published: boolean;
  sample: boolean;
  provenance: Provenance;
  /** Fields from a source that have no place above, kept so nothing is lost on import. */
  extras: Record<string, string>;
}

export interface Meeting extends MeetingInput {
  id: number;
  slug: string;
  createdAt: string;
  updatedAt: string;
  /** When a volunteer last confirmed the listing (an admin edit, an applied correction, "still right"); null: never. */
  checkedAt: string | null;
}

/**
 * Whether a source field kept in `extras` holds a person's contact details or an editor's
 * notes, which only admins may see: Meeting Guide's `contact_N_name/email/phone` (any N) and a
 * row's own `email` or `phone`; BMLT's `contact_name_N`, `contact_email_N`, `contact_phone_N`,
 * `email_contact` and `admin_notes`; and anything else a source calls a contact, an e-mail
 * address or a phone. The service entity's published addresses (`entity_email`,
 * `entity_phone`, `feedback_emails`) and the meeting's dial-in (`conference_phone`) are public
 * by the Meeting Guide spec's definition, so they stay.
 */
export function isPrivateField(key: string): boolean {
  const k = key
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (k.includes('contact') || k.startsWith('admin')) return true;
  if (/^(entity|feedback|conference)_/.test(k)) return false;
  return /(^|_)(e_?mails?|phones?|telephones?|tel|mobiles?|cell(_?phone)?s?|sms|whatsapp)$/.test(k);
}

/** A meeting's extras without the private ones (`isPrivateField`). */
export function publicExtras(extras: Readonly<Record<string, string>>): Record<string, string> {
  const visible: Record<string, string> = {};
  for (const [key, value] of Object.entries(extras)) if (!isPrivateField(key)) visible[key] = value;
  return visible;
}

/** What anyone may see: no private contacts, admin notes, or private fields kept in extras. */
export type PublicMeeting = Omit<Meeting, 'contacts' | 'adminNotes'>;

/**
 * The one rule for every public surface (JSON API, pages, JSON-LD, Meeting Guide, BMLT, CSV,
 * iCalendar): the search index holds only what this returns, and a logged meeting shown in a
 * change history goes through it too.
 */
export function toPublicMeeting(meeting: Meeting): PublicMeeting {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { contacts, adminNotes, extras, ...visible } = meeting;
  return { ...visible, extras: publicExtras(extras) };
}

export function emptyVenue(): Venue {
  return {
    name: null,
    street: null,
    citySubsection: null,
    neighborhood: null,
    city: null,
    county: null,
    state: null,
    postalCode: null,
    country: 'US',
    latitude: null,
    longitude: null,
    approximate: false,
    notes: null,
    regions: [],
    trainLines: null,
    busLines: null,
  };
}

export function emptyOnline(): OnlineAccess {
  return { conferenceUrl: null, conferenceUrlNotes: null, conferencePhone: null, conferencePhoneNotes: null };
}
