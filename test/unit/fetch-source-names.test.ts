import { describe, expect, it } from 'vitest';
import { formatInterval, parseInterval } from '../../src/interop/import/interval.js';
import { guessKind, isUrl } from '../../src/interop/import/load-feed.js';
import { checkSourceName, deriveSourceName } from '../../src/interop/import/source-name.js';

describe('refresh intervals', () => {
  it('reads minutes, hours and days, strictly, from 5m to 30d', () => {
    expect(parseInterval('30m')).toBe(1800);
    expect(parseInterval('6h')).toBe(21_600);
    expect(parseInterval('1d')).toBe(86_400);
    expect(parseInterval('5m')).toBe(300);
    for (const bad of ['4m', '0h', '6', 'h', '6H', ' 6h', '6h ', '1h30m', '1.5h', '-1d', '31d', '6hours', '06h']) {
      expect(() => parseInterval(bad), bad).toThrow(/is not a refresh interval/);
    }
  });

  it('writes the largest whole unit', () => {
    expect([300, 5400, 21_600, 86_400, 172_800].map(formatInterval)).toEqual(['5m', '90m', '6h', '1d', '2d']);
  });
});

describe('source names and kinds', () => {
  it('derives a name from the URL host or the file name', () => {
    expect(deriveSourceName('https://www.example.org/main_server/', true)).toBe('example-org');
    expect(deriveSourceName('https://na.example.org:8443/feed.json', true)).toBe('na-example-org');
    expect(deriveSourceName('/tmp/Area List.csv', false)).toBe('area-list');
    expect(deriveSourceName('./sample.json', false)).toBe('sample-import');
  });

  it('checks a given name', () => {
    expect(checkSourceName('made-up-area')).toBe('made-up-area');
    for (const bad of ['Made-Up', 'a--b', '-a', 'a b', 'sample', 'x'.repeat(61)]) expect(() => checkSourceName(bad), bad).toThrow();
  });

  it('tells URLs from paths and guesses the kind of a URL', () => {
    expect(['https://x', 'ftp://x', 'file:///x'].every(isUrl)).toBe(true);
    expect(['./feed.json', '/tmp/feed.json', 'feed.json'].some(isUrl)).toBe(false);
    expect(guessKind('https://example.org/main_server/')).toBe('bmlt');
    expect(guessKind('https://example.org/bmlt/client_interface/json/?switcher=GetSearchResults')).toBe('bmlt');
    expect(guessKind('https://example.org/wp-admin/admin-ajax.php?action=meetings')).toBe('meeting-guide');
  });
});
