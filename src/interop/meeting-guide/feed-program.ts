import { isObj } from '../../domain/field-reader.js';
import type { ProgramDecision } from '../parsed-feed.js';

/** Meeting Guide is Alcoholics Anonymous's format (its app, its spec, 12 Step Meeting List's default types). */
export const MEETING_GUIDE_PROGRAM = 'AA';

/**
 * How a feed names a program in its own words. Only names are read: meeting, group and
 * entity names and the entity's web address. Notes are not, because an AA meeting's notes
 * often say "Al-Anon meets next door".
 */
const NAMED: readonly { code: string; words: string; patterns: readonly RegExp[] }[] = [
  {
    code: 'AA',
    words: '"Alcoholics Anonymous" or "AA"',
    patterns: [/\balcoholics anonymous\b|\balc[oó]h[oó]licos an[oó]nimos\b/i, /\bAA\b/],
  },
  { code: 'AL-ANON', words: '"Al-Anon", "Alateen" or "AFG"', patterns: [/\bal-?anon\b|\balateen\b/i, /\bAFG\b/] },
  { code: 'NAR-ANON', words: '"Nar-Anon"', patterns: [/\bnar-?anon\b/i] },
  { code: 'NA', words: '"Narcotics Anonymous" or "NA"', patterns: [/\bnarcotics anonymous\b|\bnarc[oó]ticos an[oó]nimos\b/i, /\bNA\b/] },
  { code: 'SMART', words: '"SMART Recovery"', patterns: [/\bsmart recovery\b/i] },
];

const NAME_FIELDS = ['name', 'group', 'entity', 'entity_url'] as const;

function namesOf(row: unknown): string {
  if (!isObj(row)) return '';
  return NAME_FIELDS.map((field) => row[field])
    .filter((value): value is string => typeof value === 'string')
    .join('\n');
}

function plural(n: number): string {
  return n === 1 ? '1 row' : `${n} rows`;
}

/**
 * The program of a Meeting Guide feed that was not told one, judged once for the whole feed:
 * AA, because the format is AA's, unless at least half of the rows name one other program
 * (and more rows name it than any other). So an Al-Anon district whose entity is "Al-Anon
 * District 5" is Al-Anon, and an AA feed with a few Al-Anon meetings listed stays AA. The
 * reason is for the import report.
 */
export function meetingGuideProgram(rows: readonly unknown[]): ProgramDecision {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const names = namesOf(row);
    if (names === '') continue;
    for (const { code, patterns } of NAMED) {
      if (patterns.some((pattern) => pattern.test(names))) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  const ranked = NAMED.filter(({ code }) => (counts.get(code) ?? 0) > 0).sort(
    (a, b) => (counts.get(b.code) ?? 0) - (counts.get(a.code) ?? 0),
  );
  const [top, second] = ranked;
  const topCount = top ? (counts.get(top.code) ?? 0) : 0;
  const clear = top !== undefined && topCount * 2 >= rows.length && (second === undefined || (counts.get(second.code) ?? 0) < topCount);
  if (clear) {
    return {
      code: top.code,
      how: 'words',
      reason: `${plural(topCount)} of ${rows.length} name ${top.words} (in meeting, group or entity names)`,
    };
  }
  const others = ranked.filter(({ code }) => code !== MEETING_GUIDE_PROGRAM);
  const notEnough =
    others.length === 0
      ? 'no other program is named by the rows'
      : `${others.map(({ code }) => `${code} is named by ${plural(counts.get(code) ?? 0)}`).join(', ')} of ${rows.length}, not enough to be the feed's program`;
  return {
    code: MEETING_GUIDE_PROGRAM,
    how: 'format',
    reason: `Meeting Guide is Alcoholics Anonymous's format, and ${notEnough}; choose another with --program`,
  };
}
