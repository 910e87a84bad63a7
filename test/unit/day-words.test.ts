import { describe, expect, it } from 'vitest';
import { dayFromWord } from '../../src/domain/day-words.js';
import { WEEKDAY_NAMES, WEEKDAYS, weekdayName } from '../../src/domain/weekday.js';

describe('weekday names', () => {
  it('names the days Sunday first, one name for each day', () => {
    expect(WEEKDAYS.map(weekdayName)).toEqual([...WEEKDAY_NAMES]);
    expect(weekdayName(0)).toBe('Sunday');
    expect(weekdayName(6)).toBe('Saturday');
  });

  it('reads every name back as its own day', () => {
    for (const day of WEEKDAYS) {
      expect(dayFromWord(weekdayName(day))).toBe(day);
      expect(dayFromWord(weekdayName(day).toUpperCase(), { loose: true })).toBe(day);
    }
  });
});

describe('day words', () => {
  it.each([
    ['0', 0],
    ['6', 6],
    ['sunday', 0],
    ['Mon', 1],
    ['TUES', 2],
    ['thur', 4],
    ['thurs', 4],
    ['domingo', 0],
    ['miércoles', 3],
    ['miercoles', 3],
    ['sábado', 6],
    ['sabado', 6],
  ] as const)('reads %j as day %i', (word, day) => {
    expect(dayFromWord(word)).toBe(day);
    expect(dayFromWord(word, { loose: true })).toBe(day);
  });

  it.each(['7', '-1', '01', 'funday', '', 'wedn', 'Mon.', ' monday', 'dom', 'mar', 'mié', 'sáb'])(
    'the strict reading refuses %j',
    (word) => {
      expect(dayFromWord(word)).toBeNull();
    },
  );

  it.each([
    ['Mon.', 1],
    [' monday ', 1],
    [' 3 ', 3],
    ['dom', 0],
    ['lun', 1],
    ['mar', 2],
    ['mié', 3],
    ['mie', 3],
    ['jue', 4],
    ['vie', 5],
    ['sáb', 6],
    ['sab', 6],
  ] as const)('the loose reading also takes %j as day %i', (word, day) => {
    expect(dayFromWord(word, { loose: true })).toBe(day);
  });

  it.each(['7', 'funday', '', 'mon..'])('the loose reading still refuses %j', (word) => {
    expect(dayFromWord(word, { loose: true })).toBeNull();
  });
});
