import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { JURISDICTIONS } from '../../src/domain/us-states.js';
import { contentRoot, createContentLoader, packageRoot, parseStateIntro, stateIntro, type StateIntroFile } from '../../src/web/content.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/content', import.meta.url));
const real = createContentLoader(contentRoot());
const fixtures = createContentLoader(FIXTURES);

function frontMatter(fields: string): string {
  return `---\n${fields}\n---\n\nBody text.\n`;
}

/** Every intro, loaded once; a malformed file throws here and fails the suite loudly. */
const intros: { code: string; name: string; file: StateIntroFile }[] = JURISDICTIONS.map((s) => {
  const code = s.code.toLowerCase();
  const file = real.stateIntroFile(code);
  if (file === null) throw new Error(`content/states/${code}.md is missing`);
  return { code, name: s.name, file };
});

/** Words of prose: Markdown punctuation and bare symbols are not words. */
function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/**
 * Sentences, normalised so that a template with only names swapped, or re-punctuated, still
 * compares equal: lower case, curly quotes and dashes folded, punctuation dropped.
 */
function sentences(body: string): string[] {
  return (
    body
      .replace(/\s+/g, ' ')
      // Abbreviations such as "St. Louis", "D.C." or "p.m." are not sentence ends.
      .replace(/\b(St|Ste|Mt|D\.C|p\.m|a\.m|U\.S)\./g, '$1')
      .split(/(?<=[.!?])\s+/)
      .map((s) =>
        s
          .toLowerCase()
          .replace(/[’‘]/g, "'")
          .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter((s) => s.length > 0)
  );
}

describe('state introductions (content/states)', () => {
  it('has one file for each of the 50 states and DC, and no others', () => {
    const expected = JURISDICTIONS.map((s) => `${s.code.toLowerCase()}.md`).sort();
    const present = readdirSync(join(contentRoot(), 'states'))
      .filter((f) => f.endsWith('.md'))
      .sort();
    expect(present).toEqual(expected);
    expect(intros).toHaveLength(51);
  });

  it.each(JURISDICTIONS.map((s) => [s.code.toLowerCase(), s.name]))('%s has valid front matter', (code, name) => {
    const file = real.stateIntroFile(code)!;
    expect(file.state).toBe(code.toUpperCase());
    expect(file.title).toMatch(/^NA meetings in /);
    expect(file.title).toContain(name);
    expect(file.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(file.html).toMatch(/^<p>/);
  });

  it('keeps every body between 70 and 220 words', () => {
    const outside = intros
      .map(({ code, file }) => ({ code, count: words(file.body).length }))
      .filter(({ count }) => count < 70 || count > 220);
    expect(outside).toEqual([]);
  });

  it('points to searching by ZIP code and to online meetings', () => {
    for (const { code, file } of intros) {
      expect(file.body, code).toMatch(/online/i);
      expect(file.body, code).toMatch(/ZIP code/);
    }
  });

  it('shares no sentence between two states (no template with names swapped in)', () => {
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const { code, file } of intros) {
      for (const sentence of new Set(sentences(file.body))) {
        const first = seen.get(sentence);
        if (first !== undefined) shared.push(`${first} and ${code}: "${sentence}"`);
        else seen.set(sentence, code);
      }
    }
    expect(shared).toEqual([]);
  });

  it('shares no run of eight words between two states (a template reworded at the edges)', () => {
    const RUN = 8;
    const seen = new Map<string, string>();
    const shared: string[] = [];
    for (const { code, file } of intros) {
      const w = sentences(file.body).join(' ').split(' ');
      const runs = new Set<string>();
      for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
      for (const run of runs) {
        const first = seen.get(run);
        if (first !== undefined && first !== code) shared.push(`${first} and ${code}: "${run}"`);
        else seen.set(run, code);
      }
    }
    expect(shared).toEqual([]);
  });

  it('holds no raw HTML, links or phone numbers (facts we cannot keep true belong to the service bodies)', () => {
    for (const { code, file } of intros) {
      expect(file.body, code).not.toMatch(/<[a-z/!]/i);
      expect(file.body, code).not.toMatch(/https?:|www\./i);
      expect(file.body, code).not.toMatch(/\d{3}[-.\s)]+\d{3}[-.\s]\d{4}/);
    }
  });

  it('is what stateIntro() serves for a code', () => {
    const intro = stateIntro('or');
    expect(intro?.title).toBe('NA meetings in Oregon');
    expect(intro?.html).toContain('Willamette Valley');
    expect(stateIntro('dc')?.title).toBe('NA meetings in the District of Columbia');
  });
});

describe('createContentLoader', () => {
  it('renders Markdown with raw HTML escaped, not passed through', () => {
    const { html } = fixtures.stateIntro('zz')!;
    expect(html).not.toMatch(/<script|<img|onerror="/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=');
  });

  it('leaves URL-like text as text and drops javascript: links', () => {
    const { html } = fixtures.stateIntro('zz')!;
    expect(html).toContain('https://example.org/ stays text');
    expect(html).not.toContain('<a');
    expect(html).not.toMatch(/href="javascript:/i);
  });

  it('uses typographic quotes and dashes', () => {
    const { html } = fixtures.stateIntro('zz')!;
    expect(html).toContain('A “quoted” line – with');
  });

  it('returns the title as plain text (the page escapes it, as JSX does)', () => {
    expect(fixtures.stateIntro('zz')!.title).toBe('Fixture <b>state</b>');
  });

  it('caches per code', () => {
    expect(fixtures.stateIntro('zz')).toBe(fixtures.stateIntro('zz'));
    expect(fixtures.stateIntroFile('zz')).toBe(fixtures.stateIntroFile('zz'));
  });

  it('returns null when there is no file for a well-formed code', () => {
    expect(fixtures.stateIntro('yy')).toBeNull();
    expect(stateIntro('zz')).toBeNull();
    expect(stateIntro('pr')).toBeNull();
  });

  it.each([
    '../x',
    '..',
    '',
    'o',
    'ore',
    'OR',
    'Or',
    'or.md',
    'or/',
    '/or',
    'o/',
    './',
    'or\0',
    ' or',
    'or ',
    'ö1',
    '12',
    '%2e%2e',
    '../../package',
  ])('returns null for the bad code %j without touching the disk', (code) => {
    expect(stateIntro(code)).toBeNull();
    expect(fixtures.stateIntroFile(code)).toBeNull();
  });
});

describe('parseStateIntro', () => {
  it('accepts a quoted date as well as a bare one', () => {
    expect(parseStateIntro(frontMatter('title: T\nstate: OR\nupdated: "2026-11-26"'), 'or').updated).toBe('2026-11-26');
    expect(parseStateIntro(frontMatter('title: T\nstate: OR\nupdated: 2026-11-26'), 'or').updated).toBe('2026-11-26');
  });

  it.each([
    ['a missing title', 'state: OR\nupdated: 2026-11-26', /title/],
    ['a blank title', 'title: "  "\nstate: OR\nupdated: 2026-11-26', /title/],
    ['a state that is not the file name', 'title: T\nstate: WA\nupdated: 2026-11-26', /state/],
    ['a missing state', 'title: T\nupdated: 2026-11-26', /state/],
    ['a missing date', 'title: T\nstate: OR', /updated/],
    ['a date that is not one', 'title: T\nstate: OR\nupdated: soon', /updated/],
    ['an impossible date', 'title: T\nstate: OR\nupdated: "2026-13-45"', /updated/],
    ['a day past the end of its month', 'title: T\nstate: OR\nupdated: "2026-02-30"', /updated/],
  ])('refuses %s', (_what, fields, message) => {
    expect(() => parseStateIntro(frontMatter(fields), 'or')).toThrow(message);
  });

  it('refuses front matter in another language, which gray-matter would evaluate', () => {
    const source = '---js\n{ title: "T", state: "OR", updated: "2026-11-26" }\n---\n\nBody.\n';
    expect(() => parseStateIntro(source, 'or')).toThrow(/front matter fence/);
  });

  it('refuses a file without front matter', () => {
    expect(() => parseStateIntro('Just a body.\n', 'or')).toThrow(/front matter fence/);
  });
});

describe('packageRoot', () => {
  it('finds the folder holding package.json from any depth below it', () => {
    const root = packageRoot();
    expect(packageRoot(join(root, 'src', 'web'))).toBe(root);
    expect(packageRoot(join(root, 'test', 'fixtures', 'content', 'states'))).toBe(root);
    expect(contentRoot()).toBe(join(root, 'content'));
  });
});
