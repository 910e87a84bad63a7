/**
 * The 50 states and DC (the 51 jurisdictions the site covers), plus the inhabited
 * territories so that their meetings are not rejected. Populations are the 2020 census;
 * `timeZone` is the zone most of the state keeps, the fallback when a record has no
 * coordinates and no zone of its own.
 */
export interface UsState {
  code: string;
  name: string;
  kind: 'state' | 'district' | 'territory';
  population: number;
  timeZone: string;
}

const NY = 'America/New_York';
const CHI = 'America/Chicago';
const DEN = 'America/Denver';
const LA = 'America/Los_Angeles';

export const US_STATES: readonly UsState[] = [
  { code: 'AL', name: 'Alabama', kind: 'state', population: 5024279, timeZone: CHI },
  { code: 'AK', name: 'Alaska', kind: 'state', population: 733391, timeZone: 'America/Anchorage' },
  { code: 'AZ', name: 'Arizona', kind: 'state', population: 7151502, timeZone: 'America/Phoenix' },
  { code: 'AR', name: 'Arkansas', kind: 'state', population: 3011524, timeZone: CHI },
  { code: 'CA', name: 'California', kind: 'state', population: 39538223, timeZone: LA },
  { code: 'CO', name: 'Colorado', kind: 'state', population: 5773714, timeZone: DEN },
  { code: 'CT', name: 'Connecticut', kind: 'state', population: 3605944, timeZone: NY },
  { code: 'DE', name: 'Delaware', kind: 'state', population: 989948, timeZone: NY },
  { code: 'DC', name: 'District of Columbia', kind: 'district', population: 689545, timeZone: NY },
  { code: 'FL', name: 'Florida', kind: 'state', population: 21538187, timeZone: NY },
  { code: 'GA', name: 'Georgia', kind: 'state', population: 10711908, timeZone: NY },
  { code: 'HI', name: 'Hawaii', kind: 'state', population: 1455271, timeZone: 'Pacific/Honolulu' },
  { code: 'ID', name: 'Idaho', kind: 'state', population: 1839106, timeZone: 'America/Boise' },
  { code: 'IL', name: 'Illinois', kind: 'state', population: 12812508, timeZone: CHI },
  { code: 'IN', name: 'Indiana', kind: 'state', population: 6785528, timeZone: 'America/Indiana/Indianapolis' },
  { code: 'IA', name: 'Iowa', kind: 'state', population: 3190369, timeZone: CHI },
  { code: 'KS', name: 'Kansas', kind: 'state', population: 2937880, timeZone: CHI },
  { code: 'KY', name: 'Kentucky', kind: 'state', population: 4505836, timeZone: 'America/Kentucky/Louisville' },
  { code: 'LA', name: 'Louisiana', kind: 'state', population: 4657757, timeZone: CHI },
  { code: 'ME', name: 'Maine', kind: 'state', population: 1362359, timeZone: NY },
  { code: 'MD', name: 'Maryland', kind: 'state', population: 6177224, timeZone: NY },
  { code: 'MA', name: 'Massachusetts', kind: 'state', population: 7029917, timeZone: NY },
  { code: 'MI', name: 'Michigan', kind: 'state', population: 10077331, timeZone: 'America/Detroit' },
  { code: 'MN', name: 'Minnesota', kind: 'state', population: 5706494, timeZone: CHI },
  { code: 'MS', name: 'Mississippi', kind: 'state', population: 2961279, timeZone: CHI },
  { code: 'MO', name: 'Missouri', kind: 'state', population: 6154913, timeZone: CHI },
  { code: 'MT', name: 'Montana', kind: 'state', population: 1084225, timeZone: DEN },
  { code: 'NE', name: 'Nebraska', kind: 'state', population: 1961504, timeZone: CHI },
  { code: 'NV', name: 'Nevada', kind: 'state', population: 3104614, timeZone: LA },
  { code: 'NH', name: 'New Hampshire', kind: 'state', population: 1377529, timeZone: NY },
  { code: 'NJ', name: 'New Jersey', kind: 'state', population: 9288994, timeZone: NY },
  { code: 'NM', name: 'New Mexico', kind: 'state', population: 2117522, timeZone: DEN },
  { code: 'NY', name: 'New York', kind: 'state', population: 20201249, timeZone: NY },
  { code: 'NC', name: 'North Carolina', kind: 'state', population: 10439388, timeZone: NY },
  { code: 'ND', name: 'North Dakota', kind: 'state', population: 779094, timeZone: CHI },
  { code: 'OH', name: 'Ohio', kind: 'state', population: 11799448, timeZone: NY },
  { code: 'OK', name: 'Oklahoma', kind: 'state', population: 3959353, timeZone: CHI },
  { code: 'OR', name: 'Oregon', kind: 'state', population: 4237256, timeZone: LA },
  { code: 'PA', name: 'Pennsylvania', kind: 'state', population: 13002700, timeZone: NY },
  { code: 'RI', name: 'Rhode Island', kind: 'state', population: 1097379, timeZone: NY },
  { code: 'SC', name: 'South Carolina', kind: 'state', population: 5118425, timeZone: NY },
  { code: 'SD', name: 'South Dakota', kind: 'state', population: 886667, timeZone: CHI },
  { code: 'TN', name: 'Tennessee', kind: 'state', population: 6910840, timeZone: CHI },
  { code: 'TX', name: 'Texas', kind: 'state', population: 29145505, timeZone: CHI },
  { code: 'UT', name: 'Utah', kind: 'state', population: 3271616, timeZone: DEN },
  { code: 'VT', name: 'Vermont', kind: 'state', population: 643077, timeZone: NY },
  { code: 'VA', name: 'Virginia', kind: 'state', population: 8631393, timeZone: NY },
  { code: 'WA', name: 'Washington', kind: 'state', population: 7705281, timeZone: LA },
  { code: 'WV', name: 'West Virginia', kind: 'state', population: 1793716, timeZone: NY },
  { code: 'WI', name: 'Wisconsin', kind: 'state', population: 5893718, timeZone: CHI },
  { code: 'WY', name: 'Wyoming', kind: 'state', population: 576851, timeZone: DEN },
  { code: 'PR', name: 'Puerto Rico', kind: 'territory', population: 3285874, timeZone: 'America/Puerto_Rico' },
  { code: 'VI', name: 'U.S. Virgin Islands', kind: 'territory', population: 87146, timeZone: 'America/St_Thomas' },
  { code: 'GU', name: 'Guam', kind: 'territory', population: 153836, timeZone: 'Pacific/Guam' },
  { code: 'AS', name: 'American Samoa', kind: 'territory', population: 49710, timeZone: 'Pacific/Pago_Pago' },
  { code: 'MP', name: 'Northern Mariana Islands', kind: 'territory', population: 47329, timeZone: 'Pacific/Saipan' },
];

/** The 50 states and DC: the jurisdictions every page and statistic covers. */
export const JURISDICTIONS: readonly UsState[] = US_STATES.filter((s) => s.kind !== 'territory');

const byCode = new Map(US_STATES.map((s) => [s.code, s]));
const byName = new Map(US_STATES.map((s) => [s.name.toLowerCase(), s]));

export function stateByCode(code: string): UsState | undefined {
  return byCode.get(code.toUpperCase());
}

export function stateByName(name: string): UsState | undefined {
  return byName.get(name.trim().toLowerCase());
}
