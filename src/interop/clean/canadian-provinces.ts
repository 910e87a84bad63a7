import { foldText } from '../../domain/text-fold.js';

/** A Canadian province or territory: its postal code, its names in English and French, and the zone most of it keeps. */
export interface Province {
  code: string;
  names: readonly string[];
  timeZone: string;
}

export const CANADIAN_PROVINCES: readonly Province[] = [
  { code: 'AB', names: ['Alberta'], timeZone: 'America/Edmonton' },
  { code: 'BC', names: ['British Columbia', 'Colombie-Britannique'], timeZone: 'America/Vancouver' },
  { code: 'MB', names: ['Manitoba'], timeZone: 'America/Winnipeg' },
  { code: 'NB', names: ['New Brunswick', 'Nouveau-Brunswick'], timeZone: 'America/Moncton' },
  { code: 'NL', names: ['Newfoundland and Labrador', 'Newfoundland', 'Terre-Neuve-et-Labrador'], timeZone: 'America/St_Johns' },
  { code: 'NS', names: ['Nova Scotia', 'Nouvelle-Écosse'], timeZone: 'America/Halifax' },
  { code: 'NT', names: ['Northwest Territories', 'Territoires du Nord-Ouest'], timeZone: 'America/Edmonton' },
  { code: 'NU', names: ['Nunavut'], timeZone: 'America/Iqaluit' },
  { code: 'ON', names: ['Ontario'], timeZone: 'America/Toronto' },
  { code: 'PE', names: ['Prince Edward Island', 'Île-du-Prince-Édouard', 'PEI'], timeZone: 'America/Halifax' },
  { code: 'QC', names: ['Quebec', 'Québec', 'PQ'], timeZone: 'America/Toronto' },
  { code: 'SK', names: ['Saskatchewan'], timeZone: 'America/Regina' },
  { code: 'YT', names: ['Yukon', 'Yukon Territory'], timeZone: 'America/Whitehorse' },
];

function key(text: string): string {
  return foldText(text)
    .replace(/[.\-–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const byKey = new Map<string, Province>();
for (const province of CANADIAN_PROVINCES) {
  byKey.set(key(province.code), province);
  for (const name of province.names) byKey.set(key(name), province);
}

/** A province from its code or name, in English or French, in any case, with or without accents. */
export function provinceFrom(text: string): Province | undefined {
  return byKey.get(key(text));
}
