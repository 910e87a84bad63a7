import { beforeAll, describe, it, expect } from 'vitest';
import { validateMeetingInput } from '../../src/domain/meeting-validation.js';
import { isTimeZone } from '../../src/domain/time-zone.js';
import { JURISDICTIONS } from '../../src/domain/us-states.js';
import { usGazetteer } from '../../src/geo/gazetteer.js';
import { timeZoneAt } from '../../src/geo/time-zone.js';
import {
  DEFAULT_SAMPLE,
  generateSample,
  groupName,
  MIN_PER_JURISDICTION,
  type Sample,
  type SampleMeeting,
} from '../../src/store/sample/generate.js';
import { isTownZip, POSTAL_ABBREVIATIONS, sampleTowns, townName } from '../../src/store/sample/towns.js';
import { CATALOGUE_RULES } from '../support/fixtures.js';

const COUNT = 5000;
const SEED = DEFAULT_SAMPLE.seed;

let sample: Sample;
let meetings: SampleMeeting['meeting'][];

beforeAll(() => {
  sample = generateSample(usGazetteer(), { count: COUNT, seed: SEED });
  meetings = sample.meetings.map((m) => m.meeting);
});

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function share(predicate: (m: SampleMeeting['meeting']) => boolean): number {
  return meetings.filter(predicate).length / meetings.length;
}

describe('generateSample: size and determinism', () => {
  it(`makes exactly ${COUNT} meetings`, () => {
    expect(sample.meetings).toHaveLength(COUNT);
  });

  it('makes the same sample from the same seed', () => {
    expect(generateSample(usGazetteer(), { count: COUNT, seed: SEED })).toEqual(sample);
  });

  it('makes a different sample from another seed', () => {
    const other = generateSample(usGazetteer(), { count: COUNT, seed: SEED + 1 });
    expect(other.meetings).toHaveLength(COUNT);
    expect(other.meetings).not.toEqual(sample.meetings);
  });

  it('makes the exact count for small totals, spreading thinly when it must', () => {
    // 100 meetings cannot give each of 51 jurisdictions 20: each gets min(20, floor(100 / 51)) = 1.
    const hundred = generateSample(usGazetteer(), { count: 100, seed: 1 });
    expect(hundred.meetings).toHaveLength(100);
    const states = countBy(hundred.meetings, (m) => m.meeting.venue.state ?? '');
    expect(JURISDICTIONS.filter((s) => (states.get(s.code) ?? 0) < 1)).toEqual([]);

    // 25 meetings cannot cover 51 jurisdictions at all; the total is still exact.
    const few = generateSample(usGazetteer(), { count: 25, seed: 1 });
    expect(few.meetings).toHaveLength(25);
    expect(countBy(few.meetings, (m) => m.meeting.venue.state ?? '').size).toBeLessThanOrEqual(25);

    expect(generateSample(usGazetteer(), { count: 0, seed: 1 }).meetings).toEqual([]);
  });
});

describe('generateSample: where', () => {
  it(`gives each of the ${JURISDICTIONS.length} jurisdictions at least ${MIN_PER_JURISDICTION} meetings, and nothing elsewhere`, () => {
    expect(JURISDICTIONS).toHaveLength(51);
    const byState = countBy(meetings, (m) => m.venue.state ?? '');
    for (const state of JURISDICTIONS) expect(byState.get(state.code) ?? 0, state.code).toBeGreaterThanOrEqual(MIN_PER_JURISDICTION);
    expect(byState.size).toBe(JURISDICTIONS.length);
  });

  it('spreads meetings roughly by population', () => {
    const byState = countBy(meetings, (m) => m.venue.state ?? '');
    const count = (code: string): number => byState.get(code) ?? 0;
    expect(count('CA')).toBeGreaterThan(count('TX'));
    expect(count('TX')).toBeGreaterThan(count('FL'));
    expect(count('FL')).toBeGreaterThan(count('NY'));
    expect(count('NY')).toBeGreaterThan(count('PA'));
    expect(count('PA')).toBeGreaterThan(count('WY'));

    const people = JURISDICTIONS.reduce((sum, s) => sum + s.population, 0);
    const california = JURISDICTIONS.find((s) => s.code === 'CA')!;
    const ratio = count('CA') / COUNT / (california.population / people);
    expect(ratio).toBeGreaterThan(0.7);
    expect(ratio).toBeLessThan(1.3);

    // More people never means fewer meetings.
    const byPopulation = [...JURISDICTIONS].sort((a, b) => a.population - b.population);
    for (let i = 1; i < byPopulation.length; i++) {
      expect(count(byPopulation[i]!.code), byPopulation[i]!.code).toBeGreaterThanOrEqual(count(byPopulation[i - 1]!.code));
    }
  });

  it("places each meeting in a town's own ZIP of its state, under that ZIP's town name, with coordinates", () => {
    const gazetteer = usGazetteer();
    const bad = meetings.filter((m) => {
      const zip = gazetteer.zip(m.venue.postalCode ?? '');
      return !zip || !isTownZip(zip) || zip.state !== m.venue.state || townName(zip.city) !== m.venue.city || m.venue.latitude === null;
    });
    expect(bad).toEqual([]);
  });

  it('never names a town after a firm, an office or a postal abbreviation', () => {
    const towns = new Set(meetings.map((m) => m.venue.city ?? ''));
    // What clients showed in their city filter before (postal names of unique and PO-box ZIPs).
    for (const junk of ['Bham', 'Blmgtn', 'At&t', '115 Crm Firms', 'Assc Doctors Ins', 'Atl', 'Hon', 'Apache Jct', 'Rehoboth Bch']) {
      expect(towns.has(junk), junk).toBe(false);
    }
    expect(towns.has('Birmingham')).toBe(true);
    // Every town the sample can use, in every state, not only those this seed drew.
    const names = JURISDICTIONS.flatMap((state) => sampleTowns(usGazetteer(), state.code).slice(0, 80)).map((town) => town.name);
    const abbreviated = names.filter((name) => name.split(' ').some((word) => POSTAL_ABBREVIATIONS.has(word.toLowerCase())));
    expect(abbreviated).toEqual([]);
    expect(names.filter((name) => /[&\d]/.test(name))).toEqual([]);
  });

  it('gives every meeting the time zone at its coordinates, and a valid one', () => {
    const bad = meetings.filter(
      (m) => m.schedule.timeZone !== timeZoneAt(m.venue.latitude!, m.venue.longitude!, m.venue.state!) || !isTimeZone(m.schedule.timeZone),
    );
    expect(bad).toEqual([]);
  });
});

describe('generateSample: how people attend', () => {
  it('makes about 10% online and 5% hybrid', () => {
    const online = share((m) => m.attendance === 'online');
    const hybrid = share((m) => m.attendance === 'hybrid');
    expect(online).toBeGreaterThan(0.08);
    expect(online).toBeLessThan(0.12);
    expect(hybrid).toBeGreaterThan(0.035);
    expect(hybrid).toBeLessThan(0.065);
    expect(share((m) => m.attendance === 'in_person')).toBeGreaterThan(0.75);
  });

  it('gives online and hybrid meetings an https link on a reserved .example host', () => {
    const remote = meetings.filter((m) => m.attendance === 'online' || m.attendance === 'hybrid');
    expect(remote.length).toBeGreaterThan(0);
    for (const m of remote) {
      const url = new URL(m.online.conferenceUrl!);
      expect(url.protocol).toBe('https:');
      expect(url.hostname.endsWith('.example'), url.hostname).toBe(true);
    }
  });

  it('gives in-person meetings a street and no link', () => {
    for (const m of meetings.filter((m) => m.attendance === 'in_person')) {
      expect(m.venue.street).not.toBeNull();
      expect(m.online.conferenceUrl).toBeNull();
    }
  });
});

describe('generateSample: clearly not real', () => {
  it('flags every meeting and every body as sample', () => {
    expect(meetings.filter((m) => !m.sample)).toEqual([]);
    expect(sample.bodies.filter((b) => !b.body.sample)).toEqual([]);
  });

  it('says in every meeting note that it is not a real meeting', () => {
    expect(meetings.filter((m) => !/not a real meeting/i.test(m.notes ?? ''))).toEqual([]);
  });

  it('names no real person and uses only .example email addresses', () => {
    const contacts = meetings.flatMap((m) => m.contacts);
    expect(contacts.length).toBeGreaterThan(0);
    for (const contact of contacts) {
      expect(contact.name ?? '').toMatch(/sample/i);
      if (contact.email !== null) expect(contact.email).toMatch(/@[^@]+\.example$/);
    }
  });

  it('uses only .example web sites for bodies', () => {
    for (const { body } of sample.bodies) {
      if (body.website !== null) expect(new URL(body.website).hostname.endsWith('.example'), body.website).toBe(true);
    }
  });
});

describe('generateSample: looks like a real meeting list', () => {
  it('has some Spanish meetings, each with the ES format', () => {
    const spanish = meetings.filter((m) => m.languages.includes('es'));
    expect(spanish.length).toBeGreaterThan(0);
    for (const m of spanish) {
      expect(m.languages).toEqual(['es']);
      expect(m.formats).toContain('ES');
    }
    expect(meetings.filter((m) => m.formats.includes('ES') && !m.languages.includes('es'))).toEqual([]);
  });

  it('starts mostly in the evening, some in the morning', () => {
    expect(share((m) => m.schedule.startTime >= '17:00' && m.schedule.startTime <= '21:59')).toBeGreaterThan(0.5);
    expect(share((m) => m.schedule.startTime < '12:00')).toBeGreaterThan(0.05);
  });

  it('has more meetings per weekend day than per weekday', () => {
    const byDay = countBy(meetings, (m) => String(m.schedule.weekday));
    const day = (d: number): number => byDay.get(String(d)) ?? 0;
    expect(byDay.size).toBe(7);
    const weekend = (day(0) + day(6)) / 2;
    const weekdays = (day(1) + day(2) + day(3) + day(4) + day(5)) / 5;
    expect(weekend).toBeGreaterThan(weekdays);
  });

  it('marks every NA meeting either open or closed, never both', () => {
    const na = meetings.filter((m) => m.program === 'NA');
    expect(na.length).toBeGreaterThan(COUNT * 0.8);
    const bad = na.filter((m) => m.formats.filter((f) => f === 'O' || f === 'C').length !== 1);
    expect(bad).toEqual([]);
  });

  it('never makes a meeting both for men and for women', () => {
    expect(meetings.filter((m) => m.formats.includes('M') && m.formats.includes('W'))).toEqual([]);
    expect(meetings.some((m) => m.formats.includes('M'))).toBe(true);
    expect(meetings.some((m) => m.formats.includes('W'))).toBe(true);
  });

  it('makes meetings that pass validation unchanged', () => {
    const problems: string[] = [];
    for (const meeting of meetings) {
      const input = { ...meeting, serviceBodyId: null };
      const result = validateMeetingInput(input, CATALOGUE_RULES);
      if (!result.ok) {
        problems.push(`${meeting.provenance.externalId ?? '?'}: ${JSON.stringify(result.problems)}`);
        continue;
      }
      expect(result.value).toEqual({ ...input, slug: null });
    }
    expect(problems).toEqual([]);
  });

  it('names NA groups after their meetings and their town, without saying "Group" twice', () => {
    const na = meetings.filter((m) => m.program === 'NA');
    expect(na.some((m) => m.name === 'Freedom Group' && m.groupName === `Freedom Group of ${m.venue.city}, ${m.venue.state}`)).toBe(true);
    expect(na.some((m) => m.languages.includes('es') && m.groupName === `Grupo ${m.name} de ${m.venue.city}, ${m.venue.state}`)).toBe(true);
    expect(na.filter((m) => m.groupName?.includes('Group Group'))).toEqual([]);
    expect(na.filter((m) => m.groupName !== groupName(m.name, m.venue.city!, m.venue.state!, m.languages.includes('es')))).toEqual([]);
  });

  it('gives each group one town, so that a client grouping by group never merges two towns', () => {
    const towns = new Map<string, Set<string>>();
    for (const m of meetings) {
      if (m.groupName === null) continue;
      const set = towns.get(m.groupName) ?? new Set();
      set.add(`${m.venue.city}, ${m.venue.state}`);
      towns.set(m.groupName, set);
    }
    expect([...towns].filter(([, set]) => set.size > 1)).toEqual([]);
    // Before, 39 names covered about 4,500 meetings; now most groups hold a few meetings.
    expect(towns.size).toBeGreaterThan(COUNT / 5);
  });

  it("meets a group's in-person meetings at one venue", () => {
    const venues = new Map<string, Set<string>>();
    for (const m of meetings) {
      if (m.groupName === null || m.venue.street === null) continue;
      const key = `${m.venue.state}|${m.venue.city}|${m.groupName}`;
      const set = venues.get(key) ?? new Set();
      set.add(JSON.stringify([m.venue.name, m.venue.street, m.venue.postalCode, m.venue.latitude, m.venue.longitude]));
      venues.set(key, set);
    }
    expect([...venues].filter(([, set]) => set.size > 1)).toEqual([]);
    expect([...venues.keys()].length).toBeLessThan(meetings.filter((m) => m.venue.street !== null).length);
  });

  it('gives regions from state to city', () => {
    const states = new Map(JURISDICTIONS.map((s) => [s.code, s.name]));
    const bad = meetings.filter((m) => {
      const [state, city, ...rest] = m.venue.regions;
      return state !== states.get(m.venue.state ?? '') || city !== m.venue.city || rest.length > 0;
    });
    expect(bad).toEqual([]);
  });
});

describe('generateSample: service bodies', () => {
  const ofType = (type: string) => sample.bodies.filter((b) => b.body.type === type);

  it('has one zone at the top, beside one body for each other program', () => {
    const zones = ofType('zone');
    expect(zones).toHaveLength(1);
    expect(zones[0]!.parentKey).toBeNull();
    const others = ofType('other');
    expect(others.map((b) => b.body.name)).toEqual(['OpenRooms Sample Nar-Anon Groups', 'OpenRooms Sample Peer Support Groups']);
    expect(sample.bodies.filter((b) => b.parentKey === null)).toEqual([...zones, ...others]);
  });

  it('has one region per jurisdiction, under the zone', () => {
    const regions = ofType('region');
    expect(regions).toHaveLength(JURISDICTIONS.length);
    for (const region of regions) expect(region.parentKey).toBe(ofType('zone')[0]!.key);
  });

  it('has areas under regions, at least one per region', () => {
    const regionKeys = new Set(ofType('region').map((b) => b.key));
    const areas = ofType('area');
    for (const area of areas) expect(regionKeys.has(area.parentKey ?? '')).toBe(true);
    expect(new Set(areas.map((a) => a.parentKey))).toEqual(regionKeys);
    expect(sample.bodies).toHaveLength(1 + 2 + regionKeys.size + areas.length);
  });

  it("gives every meeting a body: an NA meeting an area (one region per state), another its program's body", () => {
    const byKey = new Map(sample.bodies.map((b) => [b.key, b]));
    const regionOfState = new Map<string, string>();
    const otherBodies = { 'NAR-ANON': 'OpenRooms Sample Nar-Anon Groups', PEER: 'OpenRooms Sample Peer Support Groups' };
    for (const { bodyKey, meeting } of sample.meetings) {
      const body = byKey.get(bodyKey ?? '');
      expect(body, `${meeting.provenance.externalId} in ${bodyKey}`).toBeDefined();
      if (meeting.program !== 'NA') {
        expect(body!.body.name).toBe(otherBodies[meeting.program as keyof typeof otherBodies]);
        continue;
      }
      expect(body!.body.type, bodyKey ?? 'null').toBe('area');
      const region = body!.parentKey!;
      const state = meeting.venue.state!;
      expect(regionOfState.get(state) ?? region, state).toBe(region);
      regionOfState.set(state, region);
    }
    expect(regionOfState.size).toBe(JURISDICTIONS.length);
    expect(new Set(regionOfState.values()).size).toBe(JURISDICTIONS.length);
    expect(new Set(sample.meetings.map((m) => m.meeting.program))).toEqual(new Set(['NA', 'NAR-ANON', 'PEER']));
  });

  it('uses unique keys and external ids', () => {
    const keys = sample.bodies.map((b) => b.key);
    expect(new Set(keys).size).toBe(keys.length);
    const bodyIds = sample.bodies.map((b) => b.body.externalId);
    expect(bodyIds.every((id) => id !== null)).toBe(true);
    expect(new Set(bodyIds).size).toBe(bodyIds.length);
    const meetingIds = meetings.map((m) => m.provenance.externalId);
    expect(meetingIds.every((id) => id !== null)).toBe(true);
    expect(new Set(meetingIds).size).toBe(meetingIds.length);
    expect(meetings.every((m) => m.provenance.source === sample.bodies[0]!.body.source)).toBe(true);
  });

  it('names no two bodies alike, so that a client listing bodies by name tells Portland, OR from Portland, ME', () => {
    const names = sample.bodies.map((b) => b.body.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('sample towns', () => {
  it('spells out the words postal names abbreviate, and leaves the rest alone', () => {
    expect(townName('Rehoboth Bch')).toBe('Rehoboth Beach');
    expect(townName('Ft Myers')).toBe('Fort Myers');
    expect(townName('Colorado Spgs')).toBe('Colorado Springs');
    expect(townName('St Louis')).toBe('St Louis');
    expect(townName('Birmingham')).toBe('Birmingham');
  });

  it("tells a town's own ZIP from a firm's or a post office box's by the precision of its point", () => {
    const gazetteer = usGazetteer();
    expect(isTownZip(gazetteer.zip('35203')!)).toBe(true); // Birmingham, AL
    for (const code of ['35225', '47490', '97259', '11597', '35289']) expect(isTownZip(gazetteer.zip(code)!), code).toBe(false);
  });

  it("gives Birmingham's delivery ZIPs to Birmingham and leaves out the ones filed as Bham", () => {
    const towns = sampleTowns(usGazetteer(), 'AL');
    const birmingham = towns.find((t) => t.name === 'Birmingham')!;
    expect(birmingham.zips).toContain('35203');
    expect(birmingham.zips).not.toContain('35225');
    expect(towns.find((t) => t.name === 'Bham')).toBeUndefined();
    expect(towns[0]!.size).toBeGreaterThanOrEqual(towns[1]!.size);
  });
});
