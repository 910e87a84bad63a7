import { describe, expect, it } from 'vitest';
import { backParam, backToResultsHref } from '../../src/web/back-to-results.js';

describe('back to results', () => {
  it('carries a search from its results to a meeting and back, as the search page wrote it', () => {
    expect(backParam('?near=Portland%2C+OR&day=today')).toBe('back=near%3DPortland%252C%2BOR%26day%3Dtoday');
    expect(backParam('near=Portland%2C+OR&day=today')).toBe('back=near%3DPortland%252C%2BOR%26day%3Dtoday');
    // What a browser or Fastify hands the meeting page: the parameter's value, decoded once.
    const back = new URLSearchParams(backParam('?near=Portland%2C+OR&day=today&formats=C&formats=BT&view=days&cursor=abc')).get('back')!;
    expect(backToResultsHref(back)).toBe('/meetings?near=Portland%2C+OR&day=today&formats=C&formats=BT&view=days&cursor=abc');
  });

  it('keeps only the search page’s own parameters, and has nothing to go back to without them', () => {
    expect(backToResultsHref('near=97201&utm_source=x&fbclid=y&evil=1&tz=America%2FChicago')).toBe(
      '/meetings?near=97201&tz=America%2FChicago',
    );
    expect(backParam('?utm_source=newsletter')).toBe('');
    expect(backParam('')).toBe('');
    expect(backToResultsHref(undefined)).toBeNull();
    expect(backToResultsHref('')).toBeNull();
    expect(backToResultsHref('near=')).toBeNull();
    expect(backToResultsHref(`near=${'9'.repeat(2100)}`)).toBeNull();
  });

  it('always leads to the search page, whatever the parameter holds', () => {
    for (const hostile of [
      'https://evil.example/',
      '//evil.example/meetings',
      '/\\evil.example',
      'javascript:alert(1)',
      '../admin?near=97201',
      '%2F%2Fevil.example',
      'near=97201#@evil.example',
      'near=97201\r\nLocation: https://evil.example',
    ]) {
      const href = backToResultsHref(hostile);
      if (href !== null) expect(href, hostile).toMatch(/^\/meetings\?[^/\\]*$/);
    }
    // Values are kept, encoded: a place cannot break out of its parameter.
    expect(backToResultsHref('near=a%26b%3Dc%23d')).toBe('/meetings?near=a%26b%3Dc%23d');
  });
});
