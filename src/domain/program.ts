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
