/**
 * Markdown content shipped with the package (content/): for now the state introductions
 * shown on `/states/:code`. Files are read once per code and kept; content changes with a
 * release, not while the server runs.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import MarkdownIt from 'markdown-it';

/** What a state page shows: the rendered introduction and its heading. */
export interface StateIntro {
  html: string;
  title: string;
}

/** Everything a state file holds, checked; the tests read this, pages need only StateIntro. */
export interface StateIntroFile extends StateIntro {
  /** Upper-case code, as written in the front matter. */
  state: string;
  /** YYYY-MM-DD. */
  updated: string;
  /** The Markdown body, without front matter. */
  body: string;
}

/** Lower-case two letters only: the code becomes part of a file path, so nothing else gets near it. */
const STATE_CODE = /^[a-z]{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `html: false` escapes raw HTML written in content, so a Markdown file can never inject
 * markup into a page; `linkify: false` so that text resembling a URL stays text (we only
 * link on purpose); the typographer gives proper quotes and dashes.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: true });

/**
 * Finds the package root by walking up to package.json from this module's own location:
 * this file runs as src/web/content.ts under the tests and as dist/web/content.js when
 * built, so no fixed depth is right for both.
 */
export function packageRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/**
 * Parses one state file. Throws on malformed front matter: the content is ours, and a bad
 * file should fail the tests loudly rather than render a page with a blank heading.
 */
export function parseStateIntro(source: string, code: string, file = `${code}.md`): StateIntroFile {
  // gray-matter evaluates `---js` front matter as JavaScript; accept only the plain YAML fence.
  const firstLine = source.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  if (firstLine !== '---') throw new Error(`${file}: must start with a "---" YAML front matter fence`);
  const parsed = matter(source);
  const data = parsed.data as Record<string, unknown>;
  const title = data['title'];
  if (typeof title !== 'string' || title.trim() === '') throw new Error(`${file}: front matter needs a title`);
  const state = data['state'];
  if (typeof state !== 'string' || state.toLowerCase() !== code) {
    throw new Error(`${file}: front matter "state" must be ${code.toUpperCase()}`);
  }
  const updated = dateText(data['updated']);
  if (updated === null) throw new Error(`${file}: front matter "updated" must be a YYYY-MM-DD date`);
  const body = parsed.content.trim();
  return { title: title.trim(), state, updated, body, html: markdown.render(body) };
}

/** YAML reads an unquoted 2026-11-26 as a Date (midnight UTC); a quoted one stays a string. */
function dateText(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== 'string' || !DATE.test(value)) return null;
  // Round-trip so that an impossible day such as 2026-02-30 is refused, not rolled over.
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value ? value : null;
}

export interface ContentLoader {
  stateIntro(code: string): StateIntro | null;
  stateIntroFile(code: string): StateIntroFile | null;
}

/** A loader over one content folder; tests point it at fixtures, the site uses the package's. */
export function createContentLoader(root: string): ContentLoader {
  // Only valid codes get here, so at most 26 * 26 keys: the cache cannot grow without bound.
  // The page's view is kept alongside the file so that a page render allocates nothing.
  const cache = new Map<string, { file: StateIntroFile; intro: StateIntro } | null>();
  const load = (code: string): { file: StateIntroFile; intro: StateIntro } | null => {
    if (!STATE_CODE.test(code)) return null;
    const hit = cache.get(code);
    if (hit !== undefined) return hit;
    const path = join(root, 'states', `${code}.md`);
    let entry: { file: StateIntroFile; intro: StateIntro } | null = null;
    if (existsSync(path)) {
      const file = parseStateIntro(readFileSync(path, 'utf8'), code, path);
      entry = { file, intro: Object.freeze({ html: file.html, title: file.title }) };
    }
    cache.set(code, entry);
    return entry;
  };
  return {
    stateIntro: (code) => load(code)?.intro ?? null,
    stateIntroFile: (code) => load(code)?.file ?? null,
  };
}

let shared: ContentLoader | undefined;

/** The package's own content folder; resolved on first use so importing this module does no I/O. */
export function contentRoot(): string {
  return join(packageRoot(), 'content');
}

/**
 * The introduction for `/states/:code`, or null when the code is not two lower-case
 * letters or there is no file for it.
 */
export function stateIntro(code: string): StateIntro | null {
  shared ??= createContentLoader(contentRoot());
  return shared.stateIntro(code);
}
