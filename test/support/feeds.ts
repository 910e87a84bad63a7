import type { MeetingInput } from '../../src/domain/meeting.js';
import { usGazetteer } from '../../src/geo/gazetteer.js';
import type { FeedServiceBody } from '../../src/domain/service-body.js';
import type { FeedMeeting, ParsedFeed } from '../../src/interop/parsed-feed.js';
import { generateSample } from '../../src/store/sample/generate.js';
import { meetingInput } from './fixtures.js';

/** A feed row as a parser hands it over: a MeetingInput-shaped object and its source id. */
export function feedMeeting(
  externalId: string,
  row: number,
  overrides: Partial<MeetingInput> = {},
  serviceBodyExternalId: string | null = null,
): FeedMeeting {
  const input = meetingInput({
    name: `Made-up Meeting ${externalId}`,
    contacts: [{ name: 'Secretary', email: null, phone: '503-555-0100' }],
    ...overrides,
  });
  return { externalId, row, input: { ...input }, serviceBodyExternalId, warnings: [] };
}

export function feedBody(externalId: string, parentExternalId: string | null, name = `Made-up Area ${externalId}`): FeedServiceBody {
  return {
    externalId,
    parentExternalId,
    input: {
      name,
      type: parentExternalId === null ? 'region' : 'area',
      description: null,
      website: 'https://example.org/',
      helpline: '503-555-0199',
      email: null,
      worldId: null,
    },
  };
}

/** A small feed: a region with two areas, and `count` meetings spread over the areas. */
export function smallFeed(count = 5): ParsedFeed {
  return {
    serviceBodies: [feedBody('1', null, 'Made-up Region'), feedBody('2', '1'), feedBody('3', '1')],
    meetings: Array.from({ length: count }, (_, i) =>
      feedMeeting(
        String(100 + i),
        i + 1,
        {
          schedule: {
            weekday: (i % 7) as MeetingInput['schedule']['weekday'],
            startTime: '19:30',
            durationMinutes: 60,
            timeZone: 'America/Los_Angeles',
          },
        },
        i % 2 === 0 ? '2' : '3',
      ),
    ),
    skipped: [],
  };
}

/** A big synthetic feed from the sample generator (made-up meetings), as a parser would hand it over. */
export function syntheticFeed(count: number, seed = 7): ParsedFeed {
  const sample = generateSample(usGazetteer(), { count, seed });
  return {
    serviceBodies: sample.bodies.map(({ key, parentKey, body }) => ({
      externalId: key,
      parentExternalId: parentKey,
      input: {
        name: body.name,
        type: body.type,
        description: body.description,
        website: body.website,
        helpline: body.helpline,
        email: body.email,
        worldId: body.worldId,
      },
    })),
    meetings: sample.meetings.map(({ bodyKey, meeting }, i) => ({
      externalId: `m${i}`,
      row: i + 1,
      input: { ...meeting, sample: false },
      serviceBodyExternalId: bodyKey,
      warnings: [],
    })),
    skipped: [],
  };
}
