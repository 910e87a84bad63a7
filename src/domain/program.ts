import type { ChallengeCategory } from './challenge.js';

/**
 * A fellowship or kind of group. Programs are data (stored, editable), not code: these are
 * the ones a fresh store starts with.
 */
export interface Program {
  code: string;
  name: string;
  url: string | null;
  categories: ChallengeCategory[];
}

export const DEFAULT_PROGRAM = 'NA';

export const STARTER_PROGRAMS: readonly Program[] = [
  { code: 'NA', name: 'Narcotics Anonymous', url: 'https://na.org', categories: ['addiction'] },
  { code: 'AA', name: 'Alcoholics Anonymous', url: 'https://www.aa.org', categories: ['addiction'] },
  { code: 'AL-ANON', name: 'Al-Anon Family Groups', url: 'https://al-anon.org', categories: ['addiction'] },
  { code: 'NAR-ANON', name: 'Nar-Anon Family Groups', url: 'https://www.nar-anon.org', categories: ['addiction'] },
  { code: 'SMART', name: 'SMART Recovery', url: 'https://smartrecovery.org', categories: ['addiction'] },
  {
    code: 'PEER',
    name: 'Peer support group',
    url: null,
    categories: ['anxiety_depression', 'grief_trauma', 'chronic_illness', 'life_transitions'],
  },
];

/**
 * The program that more than half of a place's meetings belong to, given how many each
 * program has; null when none does (or there are none). A page names it: "AA meetings in Ohio".
 */
export function mainProgram(counts: ReadonlyMap<string, number>): string | null {
  let total = 0;
  let top: string | null = null;
  let topCount = 0;
  for (const [code, count] of counts) {
    total += count;
    if (count > topCount) [top, topCount] = [code, count];
  }
  return topCount * 2 > total ? top : null;
}

/** How many meetings each program has, of those given. */
export function programCounts(meetings: Iterable<{ program: string }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { program } of meetings) counts.set(program, (counts.get(program) ?? 0) + 1);
  return counts;
}

/** `mainProgram` with its name from the store's programs (the code when the store has no such program). */
export function namedMainProgram(
  counts: ReadonlyMap<string, number>,
  programs: readonly Pick<Program, 'code' | 'name'>[],
): { code: string; name: string } | null {
  const code = mainProgram(counts);
  if (code === null) return null;
  return { code, name: programs.find((p) => p.code === code)?.name ?? code };
}
