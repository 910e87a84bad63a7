import type { Meeting, MeetingInput } from './meeting.js';

/** A stored or logged meeting as the input that would write it again: its fields without the store's stamps. */
export function inputOfMeeting(meeting: Meeting): MeetingInput {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { id, createdAt, updatedAt, checkedAt, ...input } = meeting;
  return input;
}
