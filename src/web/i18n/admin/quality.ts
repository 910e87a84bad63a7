import type { QualityProblem } from '../../../domain/data-quality.js';

/** The data-quality page (issue 12 §8). */
export const quality = {
  nav: 'Data quality',
  title: 'Data quality',
  heading: 'Data quality',
  intro: 'Meetings of your service bodies that may send someone to a locked door. Each one links to its edit page.',
  none: 'Nothing to fix: every meeting you look after passes these checks.',
  countsHeading: 'By service body',
  body: 'Service body',
  noBody: 'No service body',
  total: 'Total',
  problems: {
    stale: 'Not updated or checked in 12 months',
    noCoordinates: 'No map position',
    approximate: 'Approximate map position',
    noTimeZone: 'No time zone',
    noOnlineAccess: 'Online, but no link or phone',
    noAddress: 'In person, but no street address',
    duplicate: 'Likely duplicates',
    brokenLink: 'Links that answer an error',
  } satisfies Record<QualityProblem, string>,
  lastLooked: (date: string): string => `last updated or checked ${date}`,
  sameAs: 'same place, day and time as',
  fromSource: (source: string): string => `from ${source}`,
  byHand: 'entered by hand',
  linkStatus: (status: number): string => `answered HTTP ${status}`,
  linkError: (error: string): string => `no answer: ${error}`,
  checkedAt: (date: string): string => `checked ${date}`,
  sectionCount: (count: number): string => (count === 1 ? '1 meeting' : `${count} meetings`),
};
