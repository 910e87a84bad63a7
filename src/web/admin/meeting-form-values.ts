/**
 * A meeting form as the person typed it: every control's text under its name, which is the path
 * validation names a problem by ("venue.city", "contacts.0.email"), so each error finds its field.
 */
export interface MeetingFormValues {
  fields: Record<string, string>;
  formats: string[];
  categories: string[];
}

/** Rows of contacts the form offers; empty ones are dropped. */
export const CONTACT_ROWS = 3;

const CONTACT_FIELDS = Array.from({ length: CONTACT_ROWS }, (_, i) => [
  `contacts.${i}.name`,
  `contacts.${i}.email`,
  `contacts.${i}.phone`,
]).flat();

/** Every text control of the form, by name. Checkboxes send "on". */
export const MEETING_TEXT_FIELDS = [
  'name',
  'slug',
  'program',
  'serviceBodyId',
  'groupName',
  'groupNotes',
  'worldId',
  'schedule.weekday',
  'schedule.startTime',
  'schedule.durationMinutes',
  'schedule.timeZone',
  'attendance',
  'venue.name',
  'venue.street',
  'venue.citySubsection',
  'venue.neighborhood',
  'venue.city',
  'venue.county',
  'venue.state',
  'venue.postalCode',
  'venue.country',
  'venue.latitude',
  'venue.longitude',
  'venue.approximate',
  'venue.notes',
  'venue.trainLines',
  'venue.busLines',
  'online.conferenceUrl',
  'online.conferenceUrlNotes',
  'online.conferencePhone',
  'online.conferencePhoneNotes',
  'languages',
  'notes',
  'website',
  ...CONTACT_FIELDS,
  'adminNotes',
  'published',
] as const;

export function emptyFormValues(): MeetingFormValues {
  return { fields: {}, formats: [], categories: [] };
}
