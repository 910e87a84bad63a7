/** A meeting kept on this device: enough to link to it and to ask the server for its times. */
export interface SavedMeeting {
  id: number;
  slug: string;
  name: string;
}

/** The localStorage key; the value is a JSON list of SavedMeeting. */
export const SAVED_KEY = 'openrooms.saved';

/** More than anyone attends, and the most the API answers in one page. */
export const MAX_SAVED = 200;

function savedMeeting(value: unknown): SavedMeeting | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, slug, name } = value as Record<string, unknown>;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) return null;
  if (typeof slug !== 'string' || slug.length === 0 || slug.length > 300) return null;
  if (typeof name !== 'string' || name.length > 500) return null;
  // Trimmed either way, so that reading what was written gives the same list.
  return { id, slug, name: name.trim() || slug.trim() };
}

/**
 * The saved list from whatever localStorage holds: another script, an old version or a person may have
 * left anything there. Keeps the entries that make sense, once each, and never throws.
 */
export function parseSaved(raw: string | null | undefined): SavedMeeting[] {
  if (typeof raw !== 'string' || raw === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const seen = new Set<number>();
  const list: SavedMeeting[] = [];
  for (const item of value) {
    const meeting = savedMeeting(item);
    if (meeting === null || seen.has(meeting.id)) continue;
    seen.add(meeting.id);
    list.push(meeting);
    if (list.length === MAX_SAVED) break;
  }
  return list;
}

export function serializeSaved(list: readonly SavedMeeting[]): string {
  return JSON.stringify(list.map(({ id, slug, name }) => ({ id, slug, name })));
}

export function isSaved(list: readonly SavedMeeting[], id: number): boolean {
  return list.some((meeting) => meeting.id === id);
}

/** The list with the meeting at the end (or its name and slug brought up to date where it already was). */
export function withMeeting(list: readonly SavedMeeting[], meeting: SavedMeeting): SavedMeeting[] {
  if (isSaved(list, meeting.id)) return list.map((saved) => (saved.id === meeting.id ? { ...meeting } : saved));
  return [...list, { ...meeting }].slice(-MAX_SAVED);
}

export function withoutMeeting(list: readonly SavedMeeting[], id: number): SavedMeeting[] {
  return list.filter((meeting) => meeting.id !== id);
}

/** The API query for the saved meetings' current details and next times. */
export function savedMeetingsUrl(list: readonly SavedMeeting[], timeZone: string | undefined): string {
  const params = new URLSearchParams({ ids: list.map((meeting) => meeting.id).join(','), limit: String(MAX_SAVED) });
  if (timeZone) params.set('tz', timeZone);
  return `/api/v1/meetings?${params.toString()}`;
}
