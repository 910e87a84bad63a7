/** The parts of /api/v1/meetings answers the islands read (see src/http/schemas/search.ts). */
export interface LocalTime {
  weekday: number;
  time: string;
  timeZone: string;
  abbreviation: string;
}

export interface MeetingResult {
  id: number;
  slug: string;
  name: string;
  attendance: string;
  schedule: { weekday: number; startTime: string; durationMinutes: number; timeZone: string };
  venue: { name: string | null; city: string | null; state: string | null; latitude: number | null; longitude: number | null };
  nextStart: string | null;
  inProgress: boolean;
  localStart: { meeting: LocalTime; viewer: LocalTime } | null;
}

export interface SearchAnswer {
  meetings: MeetingResult[];
}

/** Our own API's answer, checked only as far as a list of meetings: the server's schema guarantees the rest. */
export async function fetchMeetings(url: string): Promise<MeetingResult[]> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'omit' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as Partial<SearchAnswer> | null;
  return Array.isArray(body?.meetings) ? body.meetings : [];
}
