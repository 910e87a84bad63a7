import { describe, expect, it } from 'vitest';
import { JURISDICTIONS } from '../../src/domain/us-states.js';
import { countPlaces, placeStatsCache } from '../../src/search/place-counts.js';
import { shadeBounds, shadeLabels, shadeStep } from '../../src/web/shading.js';
import { meetingInput } from '../support/fixtures.js';
import { inMemorySample, publicMeeting } from '../support/in-memory.js';

/** What the index of the home-page tests holds: the published sample, and one hand-entered meeting in Portland, Oregon. */
function indexed() {
  const { meetings, bodies } = inMemorySample({ count: 300, seed: 5 });
  const portland = meetingInput({
    name: 'Hope & <Serenity>',
    venue: { ...meetingInput().venue, city: 'Portland', state: 'OR', latitude: 45.52, longitude: -122.68 },
  });
  meetings.push(publicMeeting(portland, null, meetings.length + 1));
  return { meetings: meetings.filter((m) => m.published), bodies };
}

describe('place stats', () => {
  it('counts every published meeting once, by state and city', () => {
    const { meetings, bodies } = indexed();
    const stats = countPlaces(meetings, bodies);
    expect([...stats.states.keys()].sort()).toEqual(JURISDICTIONS.map((s) => s.code).sort());
    const inStates = [...stats.states.values()].reduce((sum, s) => sum + s.total, 0);
    expect(inStates).toBeLessThanOrEqual(meetings.length);
    expect(stats.meetingSlugs).toHaveLength(meetings.length);
    for (const state of stats.states.values()) {
      expect(state.weekHours.reduce((a, b) => a + b, 0)).toBe(state.total);
      expect(state.cities.reduce((a, c) => a + c.count, 0)).toBeLessThanOrEqual(state.total);
      for (let i = 1; i < state.cities.length; i++) expect(state.cities[i - 1]!.count).toBeGreaterThanOrEqual(state.cities[i]!.count);
    }
    const oregon = stats.states.get('OR')!;
    expect(oregon.cities.some((c) => c.slug === 'portland')).toBe(true);
  });

  it('shades counts in steps from their quantiles, and labels the steps', () => {
    const bounds = shadeBounds([0, 1, 2, 3, 4, 5, 6, 7, 100]);
    expect(bounds).toEqual([2, 4, 6, 100]);
    expect(shadeLabels(bounds)).toEqual(['1–2', '3–4', '5–6', '7–100']);
    expect([0, 1, 3, 6, 7, 100].map((n) => shadeStep(n, bounds))).toEqual([0, 1, 2, 3, 4, 4]);
    expect(shadeBounds([0, 0])).toEqual([]);
    expect(shadeBounds([5, 5, 5])).toEqual([5]);
  });

  it('keeps counts while the version holds, and renews them no sooner than the throttle allows', () => {
    const { meetings, bodies } = indexed();
    let version = 1;
    let now = 0;
    let walks = 0;
    const source = {
      get version() {
        return version;
      },
      *all() {
        walks++;
        yield* meetings;
      },
      serviceBodies: () => bodies,
    };
    const cached = placeStatsCache(source, () => now);
    const first = cached();
    expect(cached()).toBe(first);
    expect(walks).toBe(1);
    version = 2;
    now = 5 * 60_000;
    const second = cached();
    expect(walks).toBe(2);
    expect(second.version).toBe(2);
    version = 3;
    // Straight after a count, a new version waits for the throttle.
    expect(cached()).toBe(second);
    now += 5 * 60_000;
    expect(cached().version).toBe(3);
  });
});
