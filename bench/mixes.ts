import type { RawParams } from '../src/domain/query-params.js';
import type { Query } from '../src/domain/query.js';
import { usGazetteer, type CityPlace } from '../src/geo/gazetteer.js';
import type { SearchService } from '../src/search/service.js';

/** One kind of search people make, as a few concrete variants the benchmark rotates over. */
export interface Mix {
  name: MixName;
  description: string;
  variants: { label: string; query: Query }[];
}

export const MIX_NAMES = ['nearest25City', 'radius25Day', 'nowWithin50', 'onlineNow', 'formatsAttendanceState', 'text'] as const;
export type MixName = (typeof MIX_NAMES)[number];

/** States whose largest city (by ZIP points in the gazetteer) the place mixes rotate over. */
const STATES = [
  'CA',
  'TX',
  'FL',
  'NY',
  'PA',
  'IL',
  'OH',
  'GA',
  'NC',
  'MI',
  'NJ',
  'VA',
  'WA',
  'AZ',
  'MA',
  'TN',
  'IN',
  'MO',
  'MD',
  'CO',
  'MN',
  'OR',
];

/** Words found in sample meeting names ("Hope Without Walls", "Serenity Seekers", "Back to Basics"…). */
const WORDS = ['hope', 'serenity', 'freedom', 'gratitude', 'basics'];

export function bigCities(): CityPlace[] {
  const gazetteer = usGazetteer();
  return STATES.flatMap((state) => gazetteer.citiesIn(state)[0] ?? []);
}

/** A few ZIP codes at the heart of big cities, for the HTTP run. */
export function bigCityZips(count: number): string[] {
  return bigCities()
    .slice(0, count)
    .flatMap((city) => city.zips[0] ?? []);
}

/** Builds every mix through the service's own parser, as the API would from its parameters. */
export function buildMixes(service: SearchService): Mix[] {
  const cities = bigCities();
  const parse = (params: RawParams): Query => service.parse(params);
  const near = (city: CityPlace): string => `${city.name}, ${city.state}`;
  return [
    {
      name: 'nearest25City',
      description: "the 25 nearest meetings to a big city (`near=City, ST&nearest=25`), rotating over 22 states' largest cities",
      variants: cities.map((city) => ({ label: near(city), query: parse({ near: near(city), nearest: '25' }) })),
    },
    {
      name: 'radius25Day',
      description: 'within 25 miles of a big city on one weekday (`radius=25&day=N`), nearest first, first page of 25',
      variants: cities.map((city, i) => ({
        label: `${near(city)} day ${i % 7}`,
        query: parse({ near: near(city), radius: '25', day: String(i % 7) }),
      })),
    },
    {
      name: 'nowWithin50',
      description: 'in progress now within 50 miles of a big city (`radius=50&status=now`), nearest first',
      variants: cities.map((city) => ({ label: near(city), query: parse({ near: near(city), radius: '50', status: 'now' }) })),
    },
    {
      name: 'onlineNow',
      description: 'online (or hybrid) and in progress now, anywhere (`attendance=online&status=now`), soonest start first',
      variants: [{ label: 'online now', query: parse({ attendance: 'online', status: 'now' }) }],
    },
    {
      name: 'formatsAttendanceState',
      description: 'closed (C) meetings attended in person in a state (`formats=C&attendance=in_person&state=XX`), next first',
      variants: STATES.map((state) => ({
        label: state,
        query: parse({ formats: 'C', attendance: 'in_person', state }),
      })),
    },
    {
      name: 'text',
      description: `a word from meeting names (\`q=…\`: ${WORDS.join(', ')}), next first`,
      variants: WORDS.map((word) => ({ label: word, query: parse({ q: word }) })),
    },
  ];
}
