import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mainProgram, namedMainProgram, programCounts, STARTER_PROGRAMS } from '../../src/domain/program.js';
import { meetingGuideProgram } from '../../src/interop/meeting-guide/feed-program.js';
import { parseMeetingGuideCsv } from '../../src/interop/meeting-guide/parse-csv.js';
import { parseMeetingGuideJson } from '../../src/interop/meeting-guide/parse-json.js';
import { messages } from '../../src/web/i18n/messages.js';

function fixture(name: string): unknown[] {
  return JSON.parse(readFileSync(new URL(`../fixtures/meeting-guide/${name}`, import.meta.url), 'utf8')) as unknown[];
}

const named = (names: string[], field = 'name') => names.map((name) => ({ [field]: name }));

describe('meetingGuideProgram: one program per Meeting Guide feed', () => {
  it('is AA, the format’s own program, when the names say nothing else, and says why', () => {
    const decision = meetingGuideProgram(named(['Sunrise', 'Lunch Bunch']));
    expect(decision).toEqual({
      code: 'AA',
      how: 'format',
      reason: "Meeting Guide is Alcoholics Anonymous's format, and no other program is named by the rows; choose another with --program",
    });
  });

  it('stays AA when only a few rows name another program, and names them', () => {
    const decision = meetingGuideProgram(fixture('program-aa.json'));
    expect(decision.code).toBe('AA');
    expect(decision.how).toBe('format');
    expect(decision.reason).toContain("AL-ANON is named by 1 row of 6, not enough to be the feed's program");
  });

  it('is the program that at least half of the rows name, by meeting, group or entity name', () => {
    expect(meetingGuideProgram(fixture('program-al-anon.json'))).toEqual({
      code: 'AL-ANON',
      how: 'words',
      reason: '4 rows of 4 name "Al-Anon", "Alateen" or "AFG" (in meeting, group or entity names)',
    });
    expect(meetingGuideProgram(named(['Nar-Anon Hope', 'Naranon Tuesday', 'Other'], 'group')).code).toBe('NAR-ANON');
    expect(meetingGuideProgram(named(['Area of Narcotics Anonymous', 'Area of Narcotics Anonymous'], 'entity')).code).toBe('NA');
    expect(meetingGuideProgram(named(['Clean Living NA', 'Just for Today'])).code).toBe('NA');
    expect(meetingGuideProgram(named(['Grupo Narcóticos Anónimos Esperanza'], 'group')).code).toBe('NA');
    expect(meetingGuideProgram(named(['Oficina Central de Alcohólicos Anónimos', 'x'], 'entity'))).toMatchObject({
      code: 'AA',
      how: 'words',
    });
    expect(meetingGuideProgram(named(['SMART Recovery Tuesday'])).code).toBe('SMART');
    expect(
      meetingGuideProgram(named(['x', 'y'], 'entity_url').map((row, i) => ({ ...row, entity_url: i ? 'https://alanon.example.org' : '' })))
        .code,
    ).toBe('AL-ANON');
  });

  it('reads only names: notes that mention another fellowship change nothing', () => {
    const rows = [1, 2, 3].map((i) => ({ name: `Meeting ${i}`, notes: 'Al-Anon meets next door; Narcotics Anonymous on Fridays.' }));
    expect(meetingGuideProgram(rows).code).toBe('AA');
  });

  it('needs more rows for one program than for any other', () => {
    expect(meetingGuideProgram(named(['Al-Anon one', 'Nar-Anon two'])).code).toBe('AA');
    // "NA" only counts in capitals: "na" and "N/A" are not a program.
    expect(meetingGuideProgram(named(['Group N/A', 'na'])).code).toBe('AA');
  });

  it('is decided once for the whole feed by both readers, unless the program is given', () => {
    const json = parseMeetingGuideJson(fixture('program-al-anon.json'));
    expect(json.program?.code).toBe('AL-ANON');
    expect(new Set(json.meetings.map((m) => m.input.program))).toEqual(new Set(['AL-ANON']));

    const given = parseMeetingGuideJson(fixture('program-al-anon.json'), { program: 'AA', timeZone: null });
    expect(given.program).toEqual({ code: 'AA', how: 'given', reason: 'given by --program or the source' });
    expect(new Set(given.meetings.map((m) => m.input.program))).toEqual(new Set(['AA']));

    const csv = parseMeetingGuideCsv(
      'Slug,Name,Day,Time,Address,City,State,Timezone\nsample-x,Sample Al-Anon Hope,Monday,7:00 PM,1 Example St,Hatboro,PA,America/New_York\n',
    );
    expect(csv.program?.code).toBe('AL-ANON');
    expect(csv.meetings[0]?.input.program).toBe('AL-ANON');
  });
});

describe('mainProgram: the program a place page names', () => {
  it('is the program of more than half of the meetings, else none', () => {
    expect(
      mainProgram(
        new Map([
          ['NA', 9],
          ['NAR-ANON', 1],
        ]),
      ),
    ).toBe('NA');
    expect(
      mainProgram(
        new Map([
          ['NA', 1],
          ['AA', 1],
        ]),
      ),
    ).toBeNull();
    expect(mainProgram(new Map())).toBeNull();
    expect(programCounts([{ program: 'AA' }, { program: 'AA' }, { program: 'NA' }])).toEqual(
      new Map([
        ['AA', 2],
        ['NA', 1],
      ]),
    );
    expect(namedMainProgram(new Map([['AA', 3]]), STARTER_PROGRAMS)).toEqual({ code: 'AA', name: 'Alcoholics Anonymous' });
    expect(namedMainProgram(new Map([['XA', 3]]), STARTER_PROGRAMS)).toEqual({ code: 'XA', name: 'XA' });
  });
});

describe('the pages’ words for each program', () => {
  const m = messages();
  it('say what closed means in each starter program’s own terms, and something true of any other', () => {
    expect(m.program('NA').closedMeans).toMatch(/drug problem/);
    expect(m.program('AA').closedMeans).toMatch(/stop drinking/);
    expect(m.program('AL-ANON').closedMeans).toMatch(/family and friends/);
    expect(m.program('NAR-ANON').closedMeans).toMatch(/family and friends/);
    for (const program of STARTER_PROGRAMS) expect(m.program(program.code).short, program.code).not.toBe('');
    expect(m.program('XA')).toMatchObject({ short: 'XA' });
    expect(m.program('XA').closedMeans).not.toMatch(/drug|drink/);
    expect(m.program(null).closedMeeting).toBe('Closed: for members only');
  });

  it('name the main program of a place, or none', () => {
    expect(m.state.heading('Ohio', { code: 'AA', name: 'Alcoholics Anonymous' })).toBe('AA meetings in Ohio');
    expect(m.state.heading('Ohio', null)).toBe('Meetings in Ohio');
    expect(m.city.description('Hatboro, Pennsylvania', 2, { code: 'AA', name: 'Alcoholics Anonymous' })).toMatch(
      /^2 meetings a week of Alcoholics Anonymous in Hatboro/,
    );
  });
});
