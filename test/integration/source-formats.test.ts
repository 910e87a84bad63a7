import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SourceFormat } from '../../src/domain/format.js';
import { importParsedFeed, StrictImportError } from '../../src/interop/import/import-feed.js';
import { runImport } from '../../src/interop/import/run-import.js';
import { formatLabel, sourceFormat } from '../../src/interop/clean/source-formats.js';
import type { ParsedFeed } from '../../src/interop/parsed-feed.js';
import { FIRST_SOURCE_FORMAT_ID } from '../../src/store/reference-data.js';
import { engines, type TestStore } from '../support/engines.js';
import { feedMeeting } from '../support/feeds.js';

const timer = sourceFormat('Ti', { en: formatLabel('Ti', 'Timer', 'Shares are timed.'), de: formatLabel('Ti', 'Zeitnehmer', '') });
const roundRobin = sourceFormat('Rr', { en: formatLabel('Rr', 'Round Robin', '') }, 'meeting_style');

/** A feed whose second meeting carries two formats the catalogue lacks. */
function feedWith(formats: SourceFormat[], keys: string[]): ParsedFeed {
  return {
    meetings: [feedMeeting('1', 1), { ...feedMeeting('2', 2), sourceFormats: keys }],
    serviceBodies: [],
    skipped: [],
    formats,
  };
}

for (const engine of engines()) {
  describe.skipIf(!engine.available)(`formats a source brought, on ${engine.name}`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await engine.fresh();
    });
    afterEach(async () => {
      await t.dispose();
    });

    async function ownFormats(source: string) {
      return (await t.store.reference.formats()).filter((f) => f.source === source).sort((a, b) => a.id - b.id);
    }

    async function formatsOf(externalId: string): Promise<string[]> {
      for await (const page of t.store.meetings.all()) {
        const found = page.find((m) => m.provenance.externalId === externalId);
        if (found) return found.formats;
      }
      return [];
    }

    it('stores them with the feed’s labels and numbers from the first free one, and the meeting keeps them', async () => {
      const report = await importParsedFeed(t.store, feedWith([timer, roundRobin], ['Ti', 'Rr']), { source: 'east-area' });
      expect(report.added).toBe(2);
      const own = await ownFormats('east-area');
      expect(own.map((f) => [f.code, f.id])).toEqual([
        ['Ti', FIRST_SOURCE_FORMAT_ID],
        ['Rr', FIRST_SOURCE_FORMAT_ID + 1],
      ]);
      expect(own[0]?.text.en).toEqual({ name: 'Timer', description: 'Shares are timed.' });
      expect(own[0]?.text.de).toEqual({ name: 'Zeitnehmer', description: 'Zeitnehmer' });
      expect(await formatsOf('2')).toEqual(['C', 'BT', 'WC', 'Ti', 'Rr']);
      expect(report.warnings.map((w) => w.message)).toContain('2 format(s) the catalogue lacks kept as formats of this source');
    });

    it('finds them again on the next import: same codes, same numbers, nothing added', async () => {
      await importParsedFeed(t.store, feedWith([timer, roundRobin], ['Ti', 'Rr']), { source: 'east-area' });
      const before = await t.store.reference.formats();
      const report = await importParsedFeed(t.store, feedWith([timer, roundRobin], ['Ti']), { source: 'east-area' });
      expect(report.warnings.map((w) => w.message)).not.toContain(expect.stringContaining('kept as formats'));
      expect(await t.store.reference.formats()).toEqual(before);
      expect(await formatsOf('2')).toEqual(['C', 'BT', 'WC', 'Ti']);
    });

    it('gives another source’s format of the same key a code of its own, so neither is mistaken for the other', async () => {
      await importParsedFeed(t.store, feedWith([timer], ['Ti']), { source: 'east-area' });
      const other = sourceFormat('Ti', { en: formatLabel('Ti', 'Tiny room', '') });
      await importParsedFeed(t.store, feedWith([other], ['Ti']), { source: 'west-area' });
      const west = await ownFormats('west-area');
      expect(west.map((f) => [f.code, f.id, f.text.en.name])).toEqual([['Ti-west-area', FIRST_SOURCE_FORMAT_ID + 1, 'Tiny room']]);
    });

    it('never takes a catalogue code or a Meeting Guide type in any case', async () => {
      const keys = ['st', 'SPK', 'bb'];
      await importParsedFeed(
        t.store,
        feedWith(
          keys.map((key) => sourceFormat(key, {})),
          keys,
        ),
        { source: 'east-area' },
      );
      expect((await ownFormats('east-area')).map((f) => f.code)).toEqual(['st-east-area', 'SPK-east-area', 'bb-east-area']);
    });

    it('keeps a saved BMLT answer’s unknown format through the whole import, labelled as its server labels it', async () => {
      const location = new URL('../fixtures/bmlt/search-results.json', import.meta.url).pathname;
      const report = await runImport(t.store, { kind: 'bmlt', location, source: 'bmlt-example' });
      expect(report.warnings).toContainEqual({
        row: null,
        externalId: null,
        message: '1 format(s) the catalogue lacks kept as formats of this source',
      });
      const [own] = await ownFormats('bmlt-example');
      expect(own).toMatchObject({ code: 'XYZ', type: 'common_needs', source: 'bmlt-example' });
      expect(own?.text.en).toEqual({ name: 'Local Custom', description: 'A format only this server has.' });
      expect(await formatsOf('108')).toContain('XYZ');
    });

    it('writes nothing on a dry run, or when --strict refuses the feed', async () => {
      const seq = await t.store.changes.latestSeq();
      const dry = await importParsedFeed(t.store, feedWith([timer], ['Ti']), { source: 'east-area', dryRun: true });
      expect(dry.added).toBe(2);
      const bad: ParsedFeed = { ...feedWith([timer], ['Ti']), skipped: [{ row: 3, externalId: '3', name: null, reason: 'no day' }] };
      await expect(importParsedFeed(t.store, bad, { source: 'east-area', strict: true })).rejects.toBeInstanceOf(StrictImportError);
      expect(await ownFormats('east-area')).toEqual([]);
      expect(await t.store.changes.latestSeq()).toBe(seq);
    });
  });
}
