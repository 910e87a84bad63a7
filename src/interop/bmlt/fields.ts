import type { Attendance } from '../../domain/attendance.js';
import type { Weekday } from '../../domain/weekday.js';

/** The fields of a BMLT meeting object that come from the meeting's main record, in BMLT's order. */
export const MAIN_FIELDS = [
  'id_bigint',
  'worldid_mixed',
  'shared_group_id_bigint',
  'service_body_bigint',
  'service_body_name',
  'weekday_tinyint',
  'venue_type',
  'start_time',
  'duration_time',
  'time_zone',
  'formats',
  'lang_enum',
  'longitude',
  'latitude',
  'distance_in_km',
  'distance_in_miles',
  'email_contact',
  'published',
  'root_server_uri',
  'format_shared_id_list',
] as const;

/**
 * The public data fields, in BMLT's order. Contact fields and admin notes are BMLT's hidden
 * ones: we hold them privately and never put them here.
 */
export const DATA_FIELDS = [
  'meeting_name',
  'location_text',
  'location_info',
  'location_street',
  'location_city_subsection',
  'location_neighborhood',
  'location_municipality',
  'location_sub_province',
  'location_province',
  'location_postal_code_1',
  'location_nation',
  'comments',
  'train_lines',
  'bus_lines',
  'phone_meeting_number',
  'virtual_meeting_link',
  'virtual_meeting_additional_info',
] as const;

export type MainField = (typeof MAIN_FIELDS)[number];
export type DataField = (typeof DATA_FIELDS)[number];
export type FieldKey = MainField | DataField;
export const ALL_FIELDS: readonly FieldKey[] = [...MAIN_FIELDS, ...DATA_FIELDS];

/** A meeting as BMLT clients read it: every value a string. */
export type BmltMeeting = Partial<Record<FieldKey, string>>;

export function isFieldKey(key: string): key is FieldKey {
  return (ALL_FIELDS as readonly string[]).includes(key);
}

/** GetFieldKeys: the keys a client may ask for, filter by, or sort on, with what each holds. */
export const FIELD_DESCRIPTIONS: Readonly<
  Record<
    Exclude<
      FieldKey,
      | 'shared_group_id_bigint'
      | 'service_body_name'
      | 'distance_in_km'
      | 'distance_in_miles'
      | 'email_contact'
      | 'published'
      | 'root_server_uri'
      | 'format_shared_id_list'
    >,
    string
  >
> = {
  id_bigint: 'ID',
  worldid_mixed: 'World ID',
  service_body_bigint: 'Service Body ID',
  weekday_tinyint: 'Weekday',
  venue_type: 'Venue Type',
  start_time: 'Start Time',
  duration_time: 'Duration',
  time_zone: 'Time Zone',
  formats: 'Formats',
  lang_enum: 'Language',
  longitude: 'Longitude',
  latitude: 'Latitude',
  meeting_name: 'Meeting Name',
  location_text: 'Location Name',
  location_info: 'Additional Location Information',
  location_street: 'Street Address',
  location_city_subsection: 'Borough',
  location_neighborhood: 'Neighborhood',
  location_municipality: 'Town',
  location_sub_province: 'County',
  location_province: 'State',
  location_postal_code_1: 'Zip Code',
  location_nation: 'Nation',
  comments: 'Comments',
  train_lines: 'Train Lines',
  bus_lines: 'Bus Lines',
  phone_meeting_number: 'Phone Meeting Dial-in Number',
  virtual_meeting_link: 'Virtual Meeting Link',
  virtual_meeting_additional_info: 'Virtual Meeting Additional Info',
};

/**
 * BMLT's venue types. A temporarily closed meeting is in-person (1), as BMLT records it, and
 * carries the TC format: our temporarily closed meetings have no online alternative.
 */
export const VENUE_TYPE: Readonly<Record<Attendance, 1 | 2 | 3>> = {
  in_person: 1,
  online: 2,
  hybrid: 3,
  temporarily_closed: 1,
};

/** What each venue type selects: 1 takes in the temporarily closed meetings that render as 1. */
export const HELD_AS: Readonly<Record<1 | 2 | 3, readonly Attendance[]>> = {
  1: ['in_person', 'temporarily_closed'],
  2: ['online'],
  3: ['hybrid'],
};

/** 0 = Sunday inside, 1 = Sunday in BMLT. */
export function toBmltWeekday(day: Weekday): number {
  return day + 1;
}

export function fromBmltWeekday(day: number): Weekday {
  return (day - 1) as Weekday;
}

/** "19:30" → "19:30:00". */
export function bmltTime(hhmm: string): string {
  return `${hhmm}:00`;
}

/** 90 → "01:30:00"; a whole day is "24:00:00", as BMLT writes it. */
export function bmltDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00`;
}
