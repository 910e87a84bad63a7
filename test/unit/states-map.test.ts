import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS } from '../../src/domain/us-states.js';
import { buildStatesMap, simplifyLine } from '../../src/web/states-map.js';

describe('states map', () => {
  it('simplifies lines but keeps their ends, and draws all 51 jurisdictions in a few KB', () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.1],
      [2, 0],
      [3, 5],
      [4, 0],
    ];
    expect(simplifyLine(line, 0.5)).toEqual([
      [0, 0],
      [2, 0],
      [3, 5],
      [4, 0],
    ]);
    const map = buildStatesMap();
    expect(map.states.map((s) => s.code).sort()).toEqual(JURISDICTIONS.map((s) => s.code).sort());
    for (const state of map.states) if (state.code !== 'DC') expect(state.d, state.code).toMatch(/^M\d+ \d+l/);
    const allPaths = map.states.map((s) => s.d).join('');
    expect(gzipSync(allPaths).length).toBeLessThan(10 * 1024);
  });
});
