import { needsOnlineAccess, type Attendance } from '../../domain/attendance.js';
import type { ChallengeCategory } from '../../domain/challenge.js';
import { distanceKm } from '../../domain/geo.js';
import { emptyOnline, type MeetingInput } from '../../domain/meeting.js';
import type { ServiceBodyInput } from '../../domain/service-body.js';
import { slugify } from '../../domain/slug.js';
import { JURISDICTIONS, type UsState } from '../../domain/us-states.js';
import type { Weekday } from '../../domain/weekday.js';
import type { CityPlace, Gazetteer } from '../../geo/gazetteer.js';
import { timeZoneAt } from '../../geo/time-zone.js';
import { allocate } from './allocate.js';
import { Random } from './random.js';
import { sampleTowns } from './towns.js';
import {
  LOCATION_NOTES,
  MEETING_NAMES,
  SAMPLE_NOTE,
  SPANISH_MEETING_NAMES,
  STREETS,
  STREET_SUFFIXES,
  SUPPORT_GROUPS,
  VENUE_KINDS,
  VENUE_PREFIXES,
} from './vocabulary.js';

export interface SampleOptions {
  count: number;
  seed: number;
}

export const DEFAULT_SAMPLE: SampleOptions = { count: 5000, seed: 1953 };
export const SAMPLE_SOURCE = 'sample';
/** Every jurisdiction gets at least this many meetings when the total allows it. */
export const MIN_PER_JURISDICTION = 20;

/** A body before it has an id: children name their parent by key. */
export interface SampleBody {
  key: string;
  parentKey: string | null;
  body: Omit<ServiceBodyInput, 'parentId'>;
}

export interface SampleMeeting {
  bodyKey: string | null;
  meeting: Omit<MeetingInput, 'serviceBodyId'>;
}

export interface Sample {
  bodies: SampleBody[];
  meetings: SampleMeeting[];
}

// Where Spanish-speaking meetings are common enough to show up in a sample.
const SPANISH_STATES = new Set(['CA', 'TX', 'FL', 'NM', 'AZ', 'NY', 'IL', 'NJ', 'NV', 'CO']);

// More meetings at weekends, as real lists have.
const WEEKDAY_WEIGHTS: readonly (readonly [Weekday, number])[] = [
  [0, 1.3],
  [1, 1],
  [2, 1],
  [3, 1],
  [4, 1],
  [5, 1.2],
  [6, 1.35],
];

// Mostly evenings, some early mornings and noon, a few late nights that run past midnight.
const START_WEIGHTS: readonly (readonly [string, number])[] = [
  ['06:30', 2],
  ['07:00', 4],
  ['07:30', 2],
  ['09:00', 2],
  ['10:00', 5],
  ['10:30', 2],
  ['12:00', 8],
  ['12:15', 2],
  ['17:30', 3],
  ['18:00', 8],
  ['18:30', 7],
  ['19:00', 20],
  ['19:30', 14],
  ['20:00', 12],
  ['20:30', 4],
  ['21:00', 3],
  ['22:00', 2],
  ['23:00', 1],
  ['23:30', 0.5],
];

const STYLE_WEIGHTS: readonly (readonly [string, number])[] = [
  ['D', 30],
  ['SD', 10],
  ['So', 6],
  ['To', 10],
  ['BT', 8],
  ['JT', 8],
  ['St', 9],
  ['Tr', 3],
  ['IW', 4],
  ['LC', 3],
  ['SG', 3],
  ['GP', 2],
  ['SPAD', 3],
  ['QA', 1],
  ['ME', 1],
];

// At most one audience per meeting (a men's meeting is not also a women's meeting).
const AUDIENCE: readonly (readonly [string | null, number])[] = [
  [null, 0.79],
  ['B', 0.08],
  ['W', 0.04],
  ['M', 0.04],
  ['YP', 0.03],
  ['GL', 0.02],
];

const PLACE_FEATURES: readonly (readonly [string, number])[] = [
  ['CW', 0.03],
  ['CL', 0.03],
  ['NS', 0.35],
  ['WC', 0.3],
];

/** The bodies of the programs that are not NA, each holding its program's sample meetings. */
const OTHER_PROGRAM_BODIES: Readonly<Record<'NAR-ANON' | 'PEER', { key: string; name: string; description: string }>> = {
  'NAR-ANON': {
    key: 'nar-anon',
    name: 'OpenRooms Sample Nar-Anon Groups',
    description: 'Sample data: a made-up service body for the sample Nar-Anon family groups.',
  },
  PEER: {
    key: 'peer-support',
    name: 'OpenRooms Sample Peer Support Groups',
    description: 'Sample data: a made-up network holding the sample peer support groups.',
  },
};

/**
 * Makes a deterministic, clearly-labelled sample: a sample zone, a region per state and DC,
 * areas around each state's largest towns, a body for each other program, and `count`
 * meetings in real towns (each ZIP's own town name and coordinates from the gazetteer),
 * spread roughly by population. Every meeting has a service body. A group's name is unique
 * to its town, and the group's in-person meetings share its venue.
 */
export function generateSample(gazetteer: Gazetteer, options: SampleOptions): Sample {
  const random = new Random(options.seed);
  const perState = allocate(
    options.count,
    JURISDICTIONS.map((s) => s.population),
    MIN_PER_JURISDICTION,
  );
  const bodies: SampleBody[] = [zoneBody(), ...Object.values(OTHER_PROGRAM_BODIES).map(otherProgramBody)];
  const meetings: SampleMeeting[] = [];
  const groupVenues = new Map<string, GroupVenue>();
  JURISDICTIONS.forEach((state, i) => {
    const count = perState[i]!;
    const cities = sampleTowns(gazetteer, state.code).slice(0, 80);
    if (cities.length === 0) throw new Error(`the gazetteer has no towns in ${state.code}`);
    const regionKey = `region-${state.code}`;
    bodies.push(regionBody(state, regionKey, i));
    const areas = areaCenters(cities, Math.min(12, Math.max(1, Math.round(count / 120))));
    for (const area of areas) bodies.push(areaBody(state, area, regionKey));
    const cityWeights = cities.map((c) => [c, c.size ** 1.2] as const);
    for (let n = 0; n < count; n++) {
      const city = random.weighted(cityWeights);
      const meeting = shareGroupVenue(sampleMeeting(random, state, city, gazetteer, meetings.length), groupVenues);
      const distances = areas.map((area) => distanceKm(area, city));
      const nearest = areas[distances.indexOf(Math.min(...distances))]!;
      const other = meeting.program === 'NAR-ANON' || meeting.program === 'PEER' ? OTHER_PROGRAM_BODIES[meeting.program] : null;
      meetings.push({ bodyKey: other === null ? areaKey(nearest) : other.key, meeting });
    }
  });
  return { bodies, meetings };
}

function zoneBody(): SampleBody {
  return {
    key: 'zone',
    parentKey: null,
    body: {
      ...bodyDefaults(),
      name: 'OpenRooms Sample Zone',
      type: 'zone',
      description: 'Sample data: a made-up zone that holds the sample regions.',
      externalId: 'zone',
    },
  };
}

function otherProgramBody({ key, name, description }: { key: string; name: string; description: string }): SampleBody {
  return { key, parentKey: null, body: { ...bodyDefaults(), name, type: 'other', description, externalId: key } };
}

type GroupVenue = Pick<MeetingInput['venue'], 'name' | 'street' | 'postalCode' | 'latitude' | 'longitude' | 'notes'> & { timeZone: string };

/** A group meets at one place: its later in-person meetings take the venue of its first. */
function shareGroupVenue(
  meeting: Omit<MeetingInput, 'serviceBodyId'>,
  groups: Map<string, GroupVenue>,
): Omit<MeetingInput, 'serviceBodyId'> {
  const { venue, schedule } = meeting;
  if (meeting.groupName === null || venue.street === null) return meeting;
  const key = `${venue.state ?? ''}|${venue.city ?? ''}|${meeting.groupName}`;
  const known = groups.get(key);
  if (!known) {
    const { name, street, postalCode, latitude, longitude, notes } = venue;
    groups.set(key, { name, street, postalCode, latitude, longitude, notes, timeZone: schedule.timeZone });
    return meeting;
  }
  const { timeZone, ...place } = known;
  return { ...meeting, venue: { ...venue, ...place }, schedule: { ...schedule, timeZone } };
}

function regionBody(state: UsState, key: string, index: number): SampleBody {
  return {
    key,
    parentKey: 'zone',
    body: {
      ...bodyDefaults(),
      name: `Sample ${state.name} Region`,
      type: 'region',
      description: `Sample data: a made-up region for ${state.name}.`,
      website: `https://${slugify(state.name)}.sample.example/`,
      helpline: `+1 555-555-01${String(index % 100).padStart(2, '0')}`,
      externalId: key,
    },
  };
}

function areaKey(city: CityPlace): string {
  return `area-${city.state}-${slugify(city.name)}`;
}

function areaBody(state: UsState, city: CityPlace, regionKey: string): SampleBody {
  return {
    key: areaKey(city),
    parentKey: regionKey,
    body: {
      ...bodyDefaults(),
      name: `Sample ${city.name} Area (${state.code})`,
      type: 'area',
      description: `Sample data: a made-up area around ${city.name}, ${state.code}.`,
      externalId: areaKey(city),
    },
  };
}

function bodyDefaults(): Omit<ServiceBodyInput, 'parentId' | 'name' | 'type'> {
  return {
    description: null,
    website: null,
    helpline: null,
    email: null,
    worldId: null,
    sample: true,
    source: SAMPLE_SOURCE,
    externalId: null,
  };
}

/** The largest cities that are not within 40 km of a larger one already chosen. */
function areaCenters(cities: readonly CityPlace[], wanted: number): CityPlace[] {
  const centers: CityPlace[] = [];
  for (const city of cities) {
    if (centers.length >= wanted) break;
    if (centers.every((c) => distanceKm(c, city) > 40)) centers.push(city);
  }
  return centers;
}

function sampleMeeting(
  random: Random,
  state: UsState,
  city: CityPlace,
  gazetteer: Gazetteer,
  index: number,
): Omit<MeetingInput, 'serviceBodyId'> {
  const zip = gazetteer.zip(random.pick(city.zips))!;
  const attendance = random.weighted<Attendance>([
    ['in_person', 0.84],
    ['online', 0.1],
    ['hybrid', 0.05],
    ['temporarily_closed', 0.01],
  ]);
  const online = attendance === 'online';
  // Online meetings keep their home city, located only approximately.
  const latitude = round(online ? city.latitude : zip.latitude + (random.next() - 0.5) * 0.02);
  const longitude = round(online ? city.longitude : zip.longitude + (random.next() - 0.5) * 0.02);
  const spanish = random.chance(SPANISH_STATES.has(state.code) ? 0.06 : 0.015);
  const kind = random.weighted<'NA' | 'NAR-ANON' | 'PEER'>([
    ['NA', 0.92],
    ['NAR-ANON', 0.02],
    ['PEER', 0.06],
  ]);
  const { name, program, categories, formats } = describe(random, kind, spanish, attendance);
  const startTime = random.weighted(START_WEIGHTS);
  const conferenceId = String(random.int(100_000_000, 999_999_999)) + String(random.int(10, 99));
  return {
    name,
    program,
    categories,
    groupName: kind === 'NA' ? groupName(name, city.name, state.code, spanish) : null,
    groupNotes: null,
    worldId: null,
    schedule: {
      weekday: random.weighted(WEEKDAY_WEIGHTS),
      startTime,
      durationMinutes:
        startTime >= '23:00'
          ? 90
          : random.weighted([
              [60, 0.7],
              [90, 0.25],
              [120, 0.05],
            ]),
      timeZone: timeZoneAt(latitude, longitude, state.code),
    },
    attendance,
    venue: {
      name: online ? null : `${random.pick(VENUE_PREFIXES)} ${random.pick(VENUE_KINDS)}`,
      street: online ? null : `${random.int(10, 4999)} ${random.pick(STREETS)} ${random.pick(STREET_SUFFIXES)}`,
      citySubsection: null,
      neighborhood: null,
      city: city.name,
      county: null,
      state: state.code,
      postalCode: zip.zip,
      country: 'US',
      latitude,
      longitude,
      approximate: online,
      notes: online || !random.chance(0.3) ? null : random.pick(LOCATION_NOTES),
      regions: [state.name, city.name],
      trainLines: null,
      busLines: null,
    },
    online: needsOnlineAccess(attendance)
      ? {
          conferenceUrl: `https://meet.sample.example/j/${conferenceId}`,
          conferenceUrlNotes: `Sample link: meeting ID ${conferenceId}, passcode ${random.int(1000, 9999)}`,
          conferencePhone: random.chance(0.6) ? `+1 555-0100,,${conferenceId}#` : null,
          conferencePhoneNotes: null,
        }
      : emptyOnline(),
    formats,
    languages: spanish ? ['es'] : ['en'],
    notes: SAMPLE_NOTE,
    website: null,
    contacts: random.chance(0.5) ? [{ name: 'Group secretary (sample)', email: `secretary-${index}@sample.example`, phone: null }] : [],
    adminNotes: null,
    published: !random.chance(0.02),
    sample: true,
    provenance: { source: SAMPLE_SOURCE, externalId: `meeting-${index}` },
    extras: {},
  };
}

function describe(
  random: Random,
  kind: 'NA' | 'NAR-ANON' | 'PEER',
  spanish: boolean,
  attendance: Attendance,
): { name: string; program: string; categories: ChallengeCategory[]; formats: string[] } {
  const attendanceFormats = { in_person: [], online: ['VM'], hybrid: ['HY'], temporarily_closed: ['TC'] }[attendance];
  const languageFormats = spanish ? ['ES'] : [];
  if (kind === 'PEER') {
    const category = random.pick(Object.keys(SUPPORT_GROUPS) as (keyof typeof SUPPORT_GROUPS)[]);
    return {
      name: random.pick(SUPPORT_GROUPS[category]),
      program: 'PEER',
      categories: [category],
      formats: [...attendanceFormats, ...languageFormats],
    };
  }
  if (kind === 'NAR-ANON') {
    return {
      name: spanish ? 'Grupo Familiar Nar-Anon' : 'Nar-Anon Family Group',
      program: 'NAR-ANON',
      categories: ['addiction'],
      formats: ['O', ...attendanceFormats, ...languageFormats],
    };
  }
  const formats = [random.chance(0.35) ? 'O' : 'C', random.weighted(STYLE_WEIGHTS)];
  const audience = random.weighted(AUDIENCE);
  if (audience) formats.push(audience);
  for (const [code, probability] of PLACE_FEATURES) if (attendance !== 'online' && random.chance(probability)) formats.push(code);
  return {
    name: random.pick(spanish ? SPANISH_MEETING_NAMES : MEETING_NAMES),
    program: 'NA',
    categories: ['addiction'],
    formats: [...new Set([...formats, ...attendanceFormats, ...languageFormats])],
  };
}

/**
 * An NA group's name, made from its meeting's name and its town ("Freedom Group of
 * Birmingham, AL", "Grupo Nueva Vida de Miami, FL"): unique to the town, so that a client
 * grouping meetings by group never puts two towns' meetings together.
 */
export function groupName(meetingName: string, town: string, state: string, spanish: boolean): string {
  if (spanish) return `Grupo ${meetingName} de ${town}, ${state}`;
  return `${/\bGroup$/.test(meetingName) ? meetingName : `${meetingName} Group`} of ${town}, ${state}`;
}

function round(value: number): number {
  return Math.round(value * 1e5) / 1e5;
}
