/** What every exported sample meeting says, unless its notes already say it is a sample. */
export const SAMPLE_MARKER = 'SAMPLE: this is not a real meeting.';

/**
 * The notes to publish for a meeting. Sample meetings are generated with notes that say so,
 * but an editor may have changed them; an export must never let a made-up meeting pass for
 * a real one in someone else's app, so a sample whose notes do not mention it gets the marker
 * first. Names stay as they are: apps and round trips match meetings by name and slug.
 */
export function publicNotes(meeting: { notes: string | null; sample: boolean }): string | null {
  const notes = meeting.notes?.trim() ? meeting.notes.trim() : null;
  if (!meeting.sample || (notes !== null && /\bsample\b/i.test(notes))) return notes;
  return notes === null ? SAMPLE_MARKER : `${SAMPLE_MARKER}\n${notes}`;
}
