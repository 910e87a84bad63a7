import { it } from 'vitest';
import { usGazetteer } from '../../src/geo/gazetteer.js';
import { timeZoneAt } from '../../src/geo/time-zone.js';
import { generateSample } from '../../src/store/sample/generate.js';
import { allocate } from '../../src/store/sample/allocate.js';
import { JURISDICTIONS } from '../../src/domain/us-states.js';
it('explore', () => {
  const g = usGazetteer();
  console.log(g.zipCount, g.zip('97201'), g.zip('10001'));
  for (const s of ['OR','TX','CA','NY','DC','PR','AK','HI']) console.log(s, g.citiesIn(s).slice(0,6).map(c=>`${c.name}:${c.size}`).join(', '));
  console.log(g.citiesIn('AE').length, g.citiesIn('AP').length, g.citiesIn('AA').length);
  console.log(g.city('san juan','pr'), g.city('Phoenix','AZ')?.latitude, g.city('Honolulu','HI'), g.city('Anchorage','AK')?.latitude);
  console.log(timeZoneAt(18.4655, -66.1057));
  const s = generateSample(g, { count: 100, seed: 1 });
  console.log(s.meetings.length, allocate(100, JURISDICTIONS.map(j=>j.population), 20).join(','));
  console.log(allocate(10, [1,2,3], 5), allocate(0, [1,2], 3), allocate(5, [], 2), allocate(7,[0,0,0],1));
});
