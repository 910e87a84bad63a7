import { Type } from '@sinclair/typebox';
import { Nullable } from './nullable.js';
import { PublicMeetingSchema } from './meeting.js';

const LocalTimeSchema = Type.Object({
  iso: Type.String(),
  date: Type.String(),
  time: Type.String({ description: '"HH:MM", 24 h' }),
  weekday: Type.Integer({ minimum: 0, maximum: 6 }),
  timeZone: Type.String(),
  abbreviation: Type.String(),
});

export const MeetingResultSchema = Type.Composite(
  [
    PublicMeetingSchema,
    Type.Object({
      distance: Type.Optional(Type.Number({ description: "in the query's unit, when a place was given" })),
      nextStart: Nullable(Type.String(), { description: 'the occurrence in progress, else the next one (ISO 8601 with offset)' }),
      nextEnd: Nullable(Type.String()),
      inProgress: Type.Boolean(),
      localStart: Nullable(Type.Object({ meeting: LocalTimeSchema, viewer: LocalTimeSchema })),
    }),
  ],
  { $id: 'MeetingResult' },
);

export const SearchAnswerSchema = Type.Object({
  meetings: Type.Array(MeetingResultSchema),
  total: Type.Integer(),
  next: Nullable(Type.String(), { description: 'pass as cursor for the next page' }),
});

const text = (description: string) => Type.Optional(Type.String({ description }));

/** The search parameters, for the documentation; the one query parser checks them. */
export const SearchParamsSchema = Type.Object({
  near: text('a ZIP code, "City, ST", "City, State", or a state name or code'),
  lat: text('latitude, with lng'),
  lng: text('longitude, with lat'),
  radius: text('distance from the place, in unit (default: a radius that suits the place)'),
  unit: text('mi (default) or km'),
  nearest: text('exactly the N nearest meetings (1–1000)'),
  day: text('0 (Sunday)–6, day names, today or tomorrow (in tz); several, comma-separated'),
  after: text('local start at or after "HH:MM" (meeting zone)'),
  before: text('local start before "HH:MM" (meeting zone)'),
  status: text('now (in progress), soon (starting within `within` minutes, default 60) or today (the rest of today)'),
  within: text('minutes, with status=soon (1–1440)'),
  attendance: text('in_person, online, hybrid, temporarily_closed (online includes hybrid; so does in_person)'),
  formats: text('format codes that must all apply'),
  formats_any: text('format codes of which one must apply'),
  formats_not: text('format codes that must not apply'),
  program: text('program codes, e.g. NA'),
  category: text('addiction, anxiety_depression, grief_trauma, chronic_illness, life_transitions'),
  language: text('ISO 639 codes, e.g. es'),
  state: text('US state codes or names'),
  city: text('city names'),
  service_body: text('service body ids (with everything below them)'),
  ids: text('meeting ids'),
  q: text('words in the name, group, venue, city or notes'),
  sort: text(
    "today (default with a place: in progress, then later today, then each later day in the viewer's zone, nearest first within each; without a place, as next), distance, next (default otherwise) or name",
  ),
  limit: text('page size, 1–200 (default 25)'),
  cursor: text('the next value of an earlier answer'),
  tz: text("the viewer's IANA zone (default: the place's, else UTC)"),
});
