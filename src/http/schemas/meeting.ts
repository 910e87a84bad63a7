import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from './nullable.js';
import { ATTENDANCE } from '../../domain/attendance.js';
import { CHALLENGE_CATEGORIES } from '../../domain/challenge.js';

const Text = Nullable(Type.String());
const Num = Nullable(Type.Number());

/** A meeting as anyone may see it. Private contacts and admin notes are not in it, so the serializer drops them even if a route forgets to. */
export const PublicMeetingSchema = Type.Object(
  {
    id: Type.Integer(),
    slug: Type.String(),
    name: Type.String(),
    program: Type.String(),
    categories: Type.Array(Type.Union(CHALLENGE_CATEGORIES.map((c) => Type.Literal(c)))),
    serviceBodyId: Nullable(Type.Integer()),
    groupName: Text,
    groupNotes: Text,
    worldId: Text,
    schedule: Type.Object({
      weekday: Type.Integer({ minimum: 0, maximum: 6, description: '0 = Sunday … 6 = Saturday' }),
      startTime: Type.String({ description: 'local start, "HH:MM" (24 h)' }),
      durationMinutes: Type.Integer(),
      timeZone: Type.String({ description: 'IANA time zone' }),
    }),
    attendance: Type.Union(ATTENDANCE.map((a) => Type.Literal(a))),
    venue: Type.Object({
      name: Text,
      street: Text,
      citySubsection: Text,
      neighborhood: Text,
      city: Text,
      county: Text,
      state: Text,
      postalCode: Text,
      country: Type.String(),
      latitude: Num,
      longitude: Num,
      approximate: Type.Boolean(),
      notes: Text,
      regions: Type.Array(Type.String()),
      trainLines: Text,
      busLines: Text,
    }),
    online: Type.Object({
      conferenceUrl: Text,
      conferenceUrlNotes: Text,
      conferencePhone: Text,
      conferencePhoneNotes: Text,
    }),
    formats: Type.Array(Type.String()),
    languages: Type.Array(Type.String()),
    notes: Text,
    website: Text,
    published: Type.Boolean(),
    sample: Type.Boolean(),
    provenance: Type.Object({ source: Text, externalId: Text }),
    extras: Type.Record(Type.String(), Type.String(), {
      description:
        "a source's fields that have no place above (feedback_url, venmo, edit_url, entity_email…), under the source's names; never a person's contact",
    }),
    createdAt: Type.String(),
    updatedAt: Type.String(),
  },
  { $id: 'PublicMeeting' },
);
export type PublicMeetingJson = Static<typeof PublicMeetingSchema>;

export const ErrorSchema = Type.Object(
  {
    error: Type.String(),
    parameter: Type.Optional(Type.String()),
    message: Type.String(),
    suggestions: Type.Optional(Type.Array(Type.String(), { description: 'what a misspelt place may have meant' })),
  },
  { $id: 'Error' },
);
