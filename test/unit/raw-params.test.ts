import { describe, expect, it } from 'vitest';
import { givenValues, listValues, withoutPageOnly, withoutTracking } from '../../src/domain/raw-params.js';

describe('raw parameters', () => {
  const params = { near: ' Portland, OR ', day: ['1,2', ' 3 ', '', ' , '], view: 'days', cursor: 'abc', limit: '5', none: undefined };

  it('reads the values as given, trimmed, blanks dropped, commas kept', () => {
    expect(givenValues(params, 'near')).toEqual(['Portland, OR']);
    expect(givenValues(params, 'day')).toEqual(['1,2', '3', ',']);
    expect(givenValues(params, 'none')).toEqual([]);
    expect(givenValues(params, 'missing')).toEqual([]);
  });

  it('reads a list from repeated and comma-separated values alike', () => {
    expect(listValues(params, 'day')).toEqual(['1', '2', '3']);
    expect(listValues(params, 'near')).toEqual(['Portland', 'OR']);
    expect(listValues({ day: ',' }, 'day')).toEqual([]);
    expect(listValues(params, 'missing')).toEqual([]);
  });

  it('drops the page-only parameters, and those asked for, keeping the rest in order', () => {
    expect(Object.keys(withoutPageOnly(params))).toEqual(['near', 'day', 'cursor', 'limit', 'none']);
    expect(withoutPageOnly(params, ['cursor', 'limit'])).toEqual({
      near: ' Portland, OR ',
      day: ['1,2', ' 3 ', '', ' , '],
      none: undefined,
    });
  });

  it('drops what a shared link picked up on its way, and nothing the search reads', () => {
    const shared = {
      near: '97201',
      fbclid: 'IwAR0x',
      utm_source: 'newsletter',
      UTM_Campaign: 'x',
      gclid: 'a',
      mc_eid: 'b',
      day: '2',
      utmost: 'y',
    };
    expect(withoutTracking(shared)).toEqual({ near: '97201', day: '2', utmost: 'y' });
  });
});
