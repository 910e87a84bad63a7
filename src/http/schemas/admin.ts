import { Type } from '@sinclair/typebox';
import { SERVICE_BODY_TYPES } from '../../domain/service-body.js';
import { Nullable } from './nullable.js';
import { PublicMeetingSchema } from './meeting.js';

const Text = Nullable(Type.String());

/** A meeting as its admins see it: the public fields and the private ones (contacts, admin notes). */
export const AdminMeetingSchema = Type.Object(
  {
    ...PublicMeetingSchema.properties,
    contacts: Type.Array(Type.Object({ name: Text, email: Text, phone: Text })),
    adminNotes: Text,
    checkedAt: Nullable(Type.String()),
  },
  { $id: 'AdminMeeting' },
);

/**
 * What POST and PUT take: a whole meeting (as GET answers it, less id and times). The domain's
 * validation checks it and names each bad field, as the admin pages do; the schema only says so.
 */
export const MeetingInputBody = Type.Object(
  {},
  {
    additionalProperties: true,
    description: 'a meeting: name, program, serviceBodyId, schedule, attendance, venue, online, formats, … (the fields of AdminMeeting)',
  },
);

export const AdminServiceBodySchema = Type.Object(
  {
    id: Type.Integer(),
    parentId: Nullable(Type.Integer()),
    name: Type.String(),
    type: Type.Union(SERVICE_BODY_TYPES.map((t) => Type.Literal(t))),
    description: Text,
    website: Text,
    helpline: Text,
    email: Text,
    worldId: Text,
    /** Whether the token's account may change the body. */
    manages: Type.Boolean(),
  },
  { $id: 'AdminServiceBody' },
);

export const ChangeSchema = Type.Object(
  {
    seq: Type.Integer(),
    at: Type.String(),
    actor: Type.String(),
    entityType: Type.String(),
    entityId: Type.String(),
    action: Type.Union([Type.Literal('create'), Type.Literal('update'), Type.Literal('delete')]),
    before: Type.Unknown(),
    after: Type.Unknown(),
    batch: Nullable(Type.String()),
    note: Nullable(Type.String()),
  },
  { $id: 'Change' },
);

export const StaleSchema = Type.Object({
  error: Type.Literal('stale_edit'),
  message: Type.String(),
  current: AdminMeetingSchema,
});
