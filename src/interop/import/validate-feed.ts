import type { MeetingInput } from '../../domain/meeting.js';
import { validateMeetingInput, type MeetingRules } from '../../domain/meeting-validation.js';
import type { Problem } from '../../domain/problem.js';
import type { FeedServiceBody } from '../../domain/service-body.js';
import { validateServiceBodyInput } from '../../domain/service-body-validation.js';
import { defaultSlug } from '../../store/meeting-repository.js';
import type { SourceMeeting } from '../../store/source-replace.js';
import { slugify } from '../../domain/slug.js';
import type { FeedMeeting, ParsedFeed, SkippedRow } from '../parsed-feed.js';
import type { ImportWarning } from './report.js';

export interface ValidatedFeed {
  meetings: SourceMeeting[];
  serviceBodies: FeedServiceBody[];
  skipped: SkippedRow[];
  warnings: ImportWarning[];
}

function describeProblems(problems: readonly Problem[]): string {
  return problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; ');
}

function nameOf(input: FeedMeeting['input']): string | null {
  return input.name.trim() || null;
}

/** A feed's own slug, when it has a usable one, is the best base for ours. */
function slugBase(feedMeeting: FeedMeeting, input: MeetingInput): string {
  const given = feedMeeting.input.slug;
  return (typeof given === 'string' && slugify(given)) || defaultSlug(input);
}

/**
 * Checks every row of a parsed feed against the store's codes. Good rows come back in
 * canonical form; a bad row is skipped with every problem as its reason, and the rest go on.
 */
export function validateFeed(feed: ParsedFeed, rules: MeetingRules, source: string): ValidatedFeed {
  const skipped: SkippedRow[] = [...feed.skipped];
  const warnings: ImportWarning[] = [];
  const meetings: SourceMeeting[] = [];
  const firstRow = new Map<string, number>();

  for (const feedMeeting of feed.meetings) {
    const { row, externalId } = feedMeeting;
    const name = nameOf(feedMeeting.input);
    const earlier = firstRow.get(externalId);
    if (earlier !== undefined) {
      skipped.push({ row, externalId, name, reason: `the same id as row ${earlier}` });
      continue;
    }
    // The import owns these fields: the service body is resolved from the feed's own id,
    // and a feed's slug is only a suggestion (it may be taken, or not a valid slug).
    const raw = { ...feedMeeting.input, slug: null, serviceBodyId: null, sample: false, provenance: { source, externalId } };
    const result = validateMeetingInput(raw, rules);
    if (!result.ok) {
      skipped.push({ row, externalId, name, reason: describeProblems(result.problems) });
      continue;
    }
    firstRow.set(externalId, row);
    for (const message of feedMeeting.warnings) warnings.push({ row, externalId, message });
    meetings.push({
      row,
      externalId,
      input: result.value,
      serviceBodyExternalId: feedMeeting.serviceBodyExternalId,
      slugBase: slugBase(feedMeeting, result.value),
    });
  }

  const serviceBodies: FeedServiceBody[] = [];
  const bodyIds = new Set<string>();
  for (const body of feed.serviceBodies) {
    if (bodyIds.has(body.externalId)) {
      warnings.push({ row: null, externalId: body.externalId, message: 'a second service body with this id was left out' });
      continue;
    }
    const result = validateServiceBodyInput({ ...body.input, parentId: null, source, externalId: body.externalId, sample: false });
    if (!result.ok) {
      warnings.push({ row: null, externalId: body.externalId, message: `service body left out: ${describeProblems(result.problems)}` });
      continue;
    }
    bodyIds.add(body.externalId);
    const { parentId: _p, source: _s, externalId: _e, sample: _x, ...input } = result.value;
    serviceBodies.push({ externalId: body.externalId, parentExternalId: body.parentExternalId, input });
  }
  return { meetings, serviceBodies, skipped, warnings };
}
