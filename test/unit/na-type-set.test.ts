import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMAT_CATALOGUE } from '../../src/domain/formats-catalogue.js';
import { parseMeetingGuideJson } from '../../src/interop/meeting-guide/parse-json.js';
import { meetingGuideContext, toMeetingGuide } from '../../src/interop/meeting-guide/to-meeting-guide.js';
import { publishedMeeting } from '../support/fixtures.js';

/**
 * An NA area's site running 12 Step Meeting List publishes its feed in NA's type set (JFT,
 * STEP, SPK…), not the spec's. The fixture is written from that set's codes; its meetings
 * are made up.
 */
const rows = JSON.parse(readFileSync(new URL('../fixtures/meeting-guide/na-site.json', import.meta.url), 'utf8')) as {
  slug: string;
  types: string[];
}[];

describe('a Meeting Guide feed in NA’s type set', () => {
  const feed = parseMeetingGuideJson(rows);
  const bySlug = new Map(feed.meetings.map((m) => [m.externalId, m]));

  it('is read as NA, every row kept, without a single repair', () => {
    expect(feed.program).toMatchObject({ code: 'NA', how: 'words' });
    expect(feed.skipped).toEqual([]);
    expect(feed.meetings.map((m) => m.input.program)).toEqual(rows.map(() => 'NA'));
    expect(feed.meetings.flatMap((m) => m.warnings)).toEqual([]);
    expect(feed.formats).toBeUndefined();
  });

  it('reads each NA type as the format it names', () => {
    const formats = Object.fromEntries(feed.meetings.map((m) => [m.externalId, [...m.input.formats].sort()]));
    expect(formats).toEqual({
      'sample-just-for-today': ['JT', 'O', 'WC'],
      'sample-step-sisters': ['C', 'SG', 'St', 'W'],
      'sample-basic-text-study': ['BT', 'C', 'NS'],
      'sample-speaker-night': ['CL', 'O', 'SD'],
      'sample-traditions-and-concepts': ['B', 'C', 'CP', 'Tr'],
      'sample-living-clean-online': ['IW', 'LC', 'O', 'SPAD', 'VM'],
    });
    expect(bySlug.get('sample-living-clean-online')?.input.attendance).toBe('online');
  });

  it('goes out again in NA’s set, with the types it came with', () => {
    const context = meetingGuideContext({ formats: FORMAT_CATALOGUE });
    for (const [index, row] of rows.entries()) {
      const read = bySlug.get(row.slug)!;
      const entry = toMeetingGuide(publishedMeeting({ ...read.input, serviceBodyId: null }, index + 1), context);
      // ONL left the spec: attendance goes out as conference fields and attendance_option instead.
      expect([...entry.types].sort(), row.slug).toEqual(row.types.filter((type) => type !== 'ONL').sort());
    }
  });
});
