/** The challenges a support group can be about; the site groups meetings by these. */
export const CHALLENGE_CATEGORIES = ['addiction', 'anxiety_depression', 'grief_trauma', 'chronic_illness', 'life_transitions'] as const;
export type ChallengeCategory = (typeof CHALLENGE_CATEGORIES)[number];
