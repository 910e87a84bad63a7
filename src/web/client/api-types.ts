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
  /** These three are always sent; optional here because only the home page's list reads them. */
  nextEnd?: string | null;
  /** Miles, with a place. */
  distance?: number;
  online?: { conferenceUrl: string | null };
}

export interface SearchAnswer {
  meetings: MeetingResult[];
}

/** An answer that was not a 200: a 400 means the search itself was refused (a place that is not one, say). */
export class HttpError extends Error {
  readonly status: number;

  constructor(status: number) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}

/** Our own API's answer, checked only as far as a list of meetings: the server's schema guarantees the rest. */
export async function fetchMeetings(url: string): Promise<MeetingResult[]> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'omit' });
  if (!response.ok) throw new HttpError(response.status);
  const body = (await response.json()) as Partial<SearchAnswer> | null;
  return Array.isArray(body?.meetings) ? body.meetings : [];
}

/** One answer of /api/v1/places (see src/http/routes/api/search.ts). */
export interface PlaceSuggestion {
  kind: 'zip' | 'city' | 'state';
  /** "97201 (Portland, OR)", "Portland, OR", "Oregon". */
  label: string;
  zip?: string;
}

/** Place suggestions for what has been typed; rejects on a failed request, as fetchMeetings does. */
export async function fetchPlaces(typed: string, signal: AbortSignal): Promise<PlaceSuggestion[]> {
  const response = await fetch(`/api/v1/places?q=${encodeURIComponent(typed)}`, {
    headers: { accept: 'application/json' },
    credentials: 'omit',
    signal,
  });
  if (!response.ok) throw new HttpError(response.status);
  const body = (await response.json()) as { places?: unknown } | null;
  return Array.isArray(body?.places) ? (body.places as PlaceSuggestion[]) : [];
}
