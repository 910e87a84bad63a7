import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { countText, fillIn, islandText } from '../../src/web/client/island-text.js';
import type { PlaceBoxText } from '../../src/web/client/place-suggest.js';
import { movedHighlight, pickedValue, placeQuery } from '../../src/web/client/place-suggestion-rules.js';
import { SearchForm } from '../../src/web/components/search-form.js';
import { messages } from '../../src/web/i18n/messages.js';

describe('place suggestions', () => {
  it('asks about what was typed from two characters on, tidied', () => {
    expect(placeQuery('')).toBeNull();
    expect(placeQuery(' P ')).toBeNull();
    expect(placeQuery('Po')).toBe('Po');
    expect(placeQuery('  Portland,   OR ')).toBe('Portland, OR');
    expect(placeQuery('x'.repeat(150))).toHaveLength(100);
  });

  it('fills the box with a text the search reads back as the same place', () => {
    expect(pickedValue({ kind: 'zip', label: '97201 (Portland, OR)', zip: '97201' })).toBe('97201');
    expect(pickedValue({ kind: 'city', label: 'Portland, OR' })).toBe('Portland, OR');
    expect(pickedValue({ kind: 'state', label: 'Oregon' })).toBe('Oregon');
  });

  it('moves the highlight with the arrows, wrapping at either end', () => {
    expect(movedHighlight(-1, 3, 'ArrowDown')).toBe(0);
    expect(movedHighlight(0, 3, 'ArrowDown')).toBe(1);
    expect(movedHighlight(2, 3, 'ArrowDown')).toBe(0);
    expect(movedHighlight(-1, 3, 'ArrowUp')).toBe(2);
    expect(movedHighlight(1, 3, 'ArrowUp')).toBe(0);
    expect(movedHighlight(0, 3, 'ArrowUp')).toBe(2);
    // A list that shrank under the highlight.
    expect(movedHighlight(5, 3, 'ArrowUp')).toBe(2);
    expect(movedHighlight(5, 3, 'ArrowDown')).toBe(0);
    expect(movedHighlight(0, 0, 'ArrowDown')).toBe(-1);
  });
});

describe('island words', () => {
  it('fills in named slots and leaves unknown ones', () => {
    expect(fillIn('Next meetings near {place}', { place: 'Portland, OR' })).toBe('Next meetings near Portland, OR');
    expect(fillIn('{day} {clock}', { day: 'Today' })).toBe('Today {clock}');
    // A value is put in as it is, never read as another slot or a replacement pattern.
    expect(fillIn('near {place}', { place: '{clock} $& $1' })).toBe('near {clock} $& $1');
  });

  it("counts in the page's language", () => {
    const forms = { one: '{count} place', other: '{count} places' };
    expect(countText(forms, 1, 'en')).toBe('1 place');
    expect(countText(forms, 0, 'en')).toBe('0 places');
    expect(countText(forms, 1200, 'en')).toBe('1,200 places');
    expect(countText(forms, 2, 'not a locale!')).toBe('2 places');
  });
});

describe('the place box as served', () => {
  const html = renderToString(h(SearchForm, { value: '' }));

  it('carries the suggestions’ words from the catalogue, and no postal-code hint', () => {
    expect(html).not.toContain('autocomplete');
    const text = messages().searchBox;
    const attribute = /data-place-box="([^"]*)"/.exec(html)?.[1];
    expect(attribute).toBeDefined();
    // As the browser reads it back: the JSON the script parses.
    const element = { getAttribute: () => attribute!.replace(/&quot;/g, '"').replace(/&amp;/g, '&') } as unknown as Element;
    expect(islandText(element, 'data-place-box') as PlaceBoxText).toEqual({
      list: text.suggestions,
      count: text.suggested,
      none: text.noSuggestion,
    });
  });

  it('reads no words from a missing or broken attribute', () => {
    const element = (value: string | null) => ({ getAttribute: () => value }) as unknown as Element;
    expect(islandText(element(null), 'data-x')).toBeNull();
    expect(islandText(element('{"list":'), 'data-x')).toBeNull();
    expect(islandText(element('"words"'), 'data-x')).toBeNull();
  });
});
