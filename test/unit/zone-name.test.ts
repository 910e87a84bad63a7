import { beforeAll, describe, expect, it } from 'vitest';
import { US_STATES } from '../../src/domain/us-states.js';
import { sameClock, utcOffset, zoneAbbreviation, zoneName } from '../../src/domain/zone-name.js';
import { usGazetteer } from '../../src/geo/gazetteer.js';
import { timeZoneAt } from '../../src/geo/time-zone.js';
import { DEFAULT_SAMPLE, generateSample } from '../../src/store/sample/generate.js';

const JANUARY = Date.UTC(2026, 0, 20, 12);
const JULY = Date.UTC(2026, 6, 20, 12);

/** Every zone of the US and its territories, by the one name it must have on the pages. */
const US_ZONE_NAMES: Record<string, readonly string[]> = {
  'Eastern Time': [
    'America/New_York',
    'America/Detroit',
    'America/Kentucky/Louisville',
    'America/Kentucky/Monticello',
    'America/Indiana/Indianapolis',
    'America/Indiana/Marengo',
    'America/Indiana/Petersburg',
    'America/Indiana/Vevay',
    'America/Indiana/Vincennes',
    'America/Indiana/Winamac',
  ],
  'Central Time': [
    'America/Chicago',
    'America/Indiana/Knox',
    'America/Indiana/Tell_City',
    'America/Menominee',
    'America/North_Dakota/Beulah',
    'America/North_Dakota/Center',
    'America/North_Dakota/New_Salem',
  ],
  'Mountain Time': ['America/Denver', 'America/Boise'],
  'Mountain Standard Time': ['America/Phoenix'],
  'Pacific Time': ['America/Los_Angeles'],
  'Alaska Time': ['America/Anchorage', 'America/Juneau', 'America/Metlakatla', 'America/Nome', 'America/Sitka', 'America/Yakutat'],
  'Hawaii-Aleutian Time': ['America/Adak'],
  'Hawaii-Aleutian Standard Time': ['Pacific/Honolulu'],
  'Atlantic Standard Time': ['America/Puerto_Rico', 'America/St_Thomas'],
  'Chamorro Standard Time': ['Pacific/Guam', 'Pacific/Saipan'],
  'American Samoa Standard Time': ['Pacific/Pago_Pago'],
};

const EXPECTED_NAME = new Map(Object.entries(US_ZONE_NAMES).flatMap(([name, zones]) => zones.map((zone) => [zone, name] as const)));

/** The zones of each state and territory's ZIP codes, and of the sample meetings in it. */
const zonesByState = new Map<string, Set<string>>();

function addZone(state: string, zone: string): void {
  const zones = zonesByState.get(state) ?? new Set<string>();
  zones.add(zone);
  zonesByState.set(state, zones);
}

beforeAll(() => {
  const gazetteer = usGazetteer();
  for (const state of US_STATES) {
    for (const city of gazetteer.citiesIn(state.code)) {
      for (const code of city.zips) {
        const zip = gazetteer.zip(code)!;
        addZone(state.code, timeZoneAt(zip.latitude, zip.longitude, zip.state));
      }
    }
  }
  for (const { meeting } of generateSample(gazetteer, DEFAULT_SAMPLE).meetings) {
    if (meeting.venue.state !== null) addZone(meeting.venue.state, meeting.schedule.timeZone);
  }
});

function rules(zone: string): string {
  return `${utcOffset(zone, JANUARY)}/${utcOffset(zone, JULY)}`;
}

describe('zone names: one name for each clock of a state', () => {
  it('found the zones of the data: every state and territory, Alaska with several', () => {
    expect(zonesByState.size).toBeGreaterThanOrEqual(55);
    expect([...zonesByState.get('AK')!]).toEqual(expect.arrayContaining(['America/Anchorage', 'America/Nome', 'America/Juneau']));
    expect([...zonesByState.get('IN')!]).toEqual(expect.arrayContaining(['America/Indiana/Indianapolis', 'America/Indiana/Knox']));
  });

  it('names every US zone of the ZIP codes and the sample by its group, in January and July', () => {
    const unexpected: string[] = [];
    for (const zones of zonesByState.values()) {
      for (const zone of zones) {
        const name = EXPECTED_NAME.get(zone);
        // Every ZIP code and sample meeting in a state keeps a US zone: none is left on Toronto's, Moncton's or Tijuana's clock.
        if (name === undefined) {
          unexpected.push(zone);
          continue;
        }
        expect(zoneName(zone, JANUARY), zone).toBe(name);
        expect(zoneName(zone, JULY), zone).toBe(name);
      }
    }
    expect(unexpected).toEqual([]);
  });

  it('gives the zones of one state that keep the same clock the same name', () => {
    for (const [state, zones] of zonesByState) {
      const byClock = new Map<string, Set<string>>();
      for (const zone of zones) {
        if (!EXPECTED_NAME.has(zone)) continue;
        const names = byClock.get(rules(zone)) ?? new Set<string>();
        names.add(zoneName(zone, JULY));
        byClock.set(rules(zone), names);
      }
      for (const [clock, names] of byClock) expect([...names], `${state} ${clock}`).toHaveLength(1);
    }
  });

  it('names the zones the issue found apart alike', () => {
    expect(zoneName('America/Nome', JULY)).toBe(zoneName('America/Anchorage', JULY));
    expect(zoneName('America/Indiana/Indianapolis', JULY)).toBe(zoneName('America/New_York', JULY));
    expect(zoneName('America/Detroit', JANUARY)).toBe('Eastern Time');
    expect(zoneName('America/Menominee', JANUARY)).toBe('Central Time');
    // Zones the platform knows by another name, and the old US/ links, are named like their group.
    expect(zoneName('America/Indianapolis', JULY)).toBe('Eastern Time');
    expect(zoneName('US/Alaska', JULY)).toBe('Alaska Time');
  });

  it('names American Samoa and the minor islands by their own clocks', () => {
    expect(zoneName('Pacific/Pago_Pago', JULY)).toMatch(/Samoa/);
    expect(zoneName('Pacific/Midway', JULY)).toBe(zoneName('Pacific/Pago_Pago', JULY));
  });

  it('names a zone in the language asked for, alike across a state there too', () => {
    expect(zoneName('America/Nome', JULY, 'es')).toBe(zoneName('America/Anchorage', JULY, 'es'));
    expect(zoneName('America/Nome', JULY, 'es')).not.toBe('Alaska Time');
  });

  it('keeps the platform name of zones abroad, UTC as UTC, and the id of a zone nobody knows', () => {
    expect(zoneName('Europe/Berlin', JULY)).not.toBe('Europe/Berlin');
    expect(zoneName('America/Toronto', JULY)).toBe('Eastern Time');
    expect(zoneName('UTC', JULY)).toBe('UTC');
    expect(zoneName('Etc/UTC', JULY)).toBe('UTC');
    expect(zoneName('Not/AZone', JULY)).toBe('Not/AZone');
  });
});

describe('zone abbreviations', () => {
  it('says PDT in summer, PST in winter, PT for the clock all year', () => {
    expect(zoneAbbreviation('America/Los_Angeles', JULY)).toBe('PDT');
    expect(zoneAbbreviation('America/Los_Angeles', JANUARY)).toBe('PST');
    expect(zoneAbbreviation('America/Los_Angeles', JULY, { generic: true })).toBe('PT');
  });

  it('abbreviates every zone of a group alike', () => {
    expect(zoneAbbreviation('America/Nome', JULY)).toBe('AKDT');
    expect(zoneAbbreviation('America/Indiana/Knox', JANUARY)).toBe('CST');
    expect(zoneAbbreviation('America/Kentucky/Monticello', JULY, { generic: true })).toBe('ET');
    expect(zoneAbbreviation('America/Phoenix', JULY)).toBe('MST');
    expect(zoneAbbreviation('Pacific/Honolulu', JULY)).toBe('HST');
  });
});

describe('same clock', () => {
  it('holds for zones that read alike all year, not for those that agree only for a season', () => {
    expect(sameClock('America/Los_Angeles', 'America/Vancouver', JULY)).toBe(true);
    expect(sameClock('America/Nome', 'America/Anchorage', JANUARY)).toBe(true);
    // Phoenix reads like Denver in winter and like Los Angeles in summer: like neither.
    expect(sameClock('America/Phoenix', 'America/Denver', JANUARY)).toBe(false);
    expect(sameClock('America/Phoenix', 'America/Los_Angeles', JULY)).toBe(false);
    expect(sameClock('America/New_York', 'America/Chicago', JULY)).toBe(false);
  });

  it('measures offsets in minutes, and knows no unknown zone', () => {
    expect(utcOffset('America/Los_Angeles', JULY)).toBe(-420);
    expect(utcOffset('Asia/Kolkata', JULY)).toBe(330);
    expect(utcOffset('Not/AZone', JULY)).toBeNull();
    expect(sameClock('Not/AZone', 'America/Chicago', JULY)).toBe(false);
  });
});
