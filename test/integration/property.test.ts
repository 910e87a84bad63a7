import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cursorFor, QUERY_PARAMETERS } from '../../src/domain/query-params.js';
import { sqliteEngine } from '../support/engines.js';
import { initSite, type TestSite } from '../support/harness.js';

/**
 * Random and hostile query strings against every endpoint: whatever arrives, the answer is
 * JSON, never a 5xx, and a 4xx says what went wrong.
 */

const NOW = Date.UTC(2026, 10, 24, 2, 0);
const RUNS = { seed: 42, numRuns: 300 } as const;

// --- values -----------------------------------------------------------------------------

/** Values the parser accepts for some parameter, so that runs get past the first check. */
const plausible = fc.constantFrom(
  '97201',
  '10001',
  '99501',
  '96813',
  '00000',
  '9720',
  '97201-1234',
  'Portland, OR',
  'Portland,OR',
  'Portlnd, OR',
  'Oregon',
  'OR',
  'New York',
  'nyc',
  'St. Louis, MO',
  'Honolulu, HI',
  'Washington',
  'Puerto Rico',
  'Guam',
  'mi',
  'km',
  'MI',
  'now',
  'soon',
  'today',
  'distance',
  'next',
  'name',
  'monday',
  'Mon',
  'lunes',
  'miércoles',
  'today',
  'tomorrow',
  '0',
  '6',
  '7',
  '1,2,3',
  'sun,sat',
  '00:00',
  '23:59',
  '24:00',
  '12:60',
  '7:30',
  '18:00',
  'in_person',
  'online',
  'hybrid',
  'temporarily_closed',
  'online,hybrid',
  'O',
  'C',
  'o',
  'BT',
  'WC',
  'VM',
  'O,C',
  'NA',
  'na',
  'AA',
  'addiction',
  'grief_trauma',
  'en',
  'es',
  'EN',
  'spa',
  'e',
  'America/Chicago',
  'Pacific/Honolulu',
  'UTC',
  'utc',
  'Etc/GMT+14',
  'Etc/GMT-14',
  'America/Nowhere',
  'EST5EDT',
  'Z',
  '+05:00',
  'port',
  'po',
  'p',
  'Portland',
  'san',
  'saint',
  'new y',
  'wash, d',
  ', ,',
  ',',
  cursorFor(10),
  cursorFor(0),
  cursorFor(9_999_999),
  cursorFor(10_000_000),
  'bzoxMA',
  'bzotMQ',
  'AAAA',
  '====',
);

/** Numbers at and just past the edges of every range the API has. */
const edgy = fc.constantFrom(
  '0',
  '-0',
  '1',
  '-1',
  '0.1',
  '0.09',
  '0.0999999',
  '1.5',
  '25',
  '60',
  '90',
  '90.0',
  '90.0000001',
  '-90',
  '-90.0000001',
  '180',
  '180.0000001',
  '-180',
  '-180.0000001',
  '199',
  '200',
  '201',
  '499.99',
  '500',
  '500.01',
  '800',
  '800.01',
  '999',
  '1000',
  '1001',
  '1440',
  '1441',
  '9999999999',
  '10000000000',
  '2147483647',
  '2147483648',
  '4294967296',
  '9007199254740991',
  '9007199254740993',
  '1e3',
  '1E3',
  '1e400',
  '-1e400',
  '1e-400',
  '0x10',
  '0b1',
  '0o7',
  '1_000',
  '+1',
  '.5',
  '5.',
  '1..2',
  '00001',
  '01',
  '١٢',
  '１２',
  'NaN',
  'Infinity',
  '-Infinity',
  'null',
  'undefined',
  'true',
  '9'.repeat(30),
  '1'.repeat(400),
  `0.${'0'.repeat(400)}1`,
  ' 5',
  '5 ',
  '\t5',
);

/** Strings that have been trouble for parsers and servers. */
const nasty = fc.constantFrom(
  '',
  ' ',
  '  ',
  '\u0000',
  '\u0000abc',
  'a\u0000b',
  '\r\n',
  '\n',
  '\t',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\u200b',
  '\u202e',
  'e\u0301',
  '🙂',
  '👩‍👩‍👧‍👦',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'İ',
  'ß',
  'ǅ',
  'Ⅻ',
  '\ud800',
  '\udfff',
  'a\ud800b',
  '\udc00\ud800',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '[object Object]',
  '{"a":1}',
  '[]',
  '[1,2]',
  'a[b]=c',
  'a[]',
  "'",
  '"',
  '`',
  '\\',
  '\\u0000',
  '%',
  '%%',
  '%25',
  '%00',
  '&',
  '=',
  '==',
  '#',
  '?',
  '/',
  '//',
  '../..',
  '/etc/passwd',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '"; drop table meetings; --',
  '${jndi:ldap://x}',
  '{{7*7}}',
  '%s%s%s%n',
  '*',
  '.*',
  '(a+)+$',
  '^',
  '$',
  '|',
);

/**
 * A lone surrogate cannot be percent-encoded as UTF-8; write it as its three-byte (invalid)
 * UTF-8 form, as a careless client would.
 */
function encode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const high = code >= 0xd800 && code <= 0xdbff;
    const low = code >= 0xdc00 && code <= 0xdfff;
    const next = text.charCodeAt(i + 1);
    if (high && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (high || low) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(text[i]!);
    }
  }
  return out;
}

const value = fc.oneof(
  { arbitrary: plausible, weight: 6 },
  { arbitrary: edgy, weight: 4 },
  { arbitrary: nasty, weight: 3 },
  { arbitrary: fc.string(), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 30 }), weight: 2 },
  { arbitrary: fc.integer().map(String), weight: 1 },
  { arbitrary: fc.double().map(String), weight: 1 },
  // Very long: past every length limit (100, 200, 1000 characters and the router's 200).
  {
    arbitrary: fc
      .tuple(fc.constantFrom('a', 'Portland, OR ', '9', 'é', '🙂', ',', ' ', '%'), fc.integer({ min: 90, max: 6000 }))
      .map(([s, n]) => s.repeat(n)),
    weight: 1,
  },
  // Commas: lists of anything.
  { arbitrary: fc.array(fc.oneof(plausible, edgy, nasty), { minLength: 2, maxLength: 6 }).map((parts) => parts.join(',')), weight: 2 },
);

/** Raw, unencoded or wrongly encoded text to paste straight into the query string. */
const malformed = fc.oneof(
  fc.constantFrom(
    '%',
    '%%',
    '%2',
    '%zz',
    '%G0',
    '%u0041',
    '%E0%A4%A',
    '%C0%AF',
    '%C0%80',
    '%ED%A0%80',
    '%F4%90%80%80',
    '%FF',
    '%FE%FF',
    '%00',
    '%0A',
    '%0D%0A',
    '%25',
    '%2525',
    '%2',
    '%%32%35',
    '%3D',
    '%26',
    '%23',
    '+',
    '++',
    '%2B',
    '=',
    '==',
    '&',
    '&&',
    '&=&',
    '=&=',
    ';',
    'a;b',
    '?',
    '??',
    '#frag',
    '#',
    ' ',
    'a b',
    '"',
    '<',
    '>',
    '\\',
    '^',
    '`',
    '{',
    '}',
    '|',
    'é',
    '🙂',
    '\t',
    '\u0000',
    '\u007f',
    '[',
    ']',
    'a[0]=1',
    'a[b][c]=d',
    'a.b=c',
    '__proto__[x]=1',
    'constructor[prototype][x]=1',
  ),
  fc.string({ unit: 'binary-ascii', maxLength: 20 }),
  fc
    .tuple(
      fc.constantFrom(...QUERY_PARAMETERS, 'q', 'id'),
      fc.constantFrom('%', '%zz', '%E0%A4%A', '%ED%A0%80', '%FF', '%00', 'a b', 'é', '%C0%AF'),
    )
    .map(([k, v]) => `${k}=${v}`),
);

const unknownName = fc.oneof(
  fc.constantFrom(
    'nearr',
    'Near',
    'NEAR',
    'near[]',
    'near[0]',
    'near.x',
    ' near',
    'near ',
    'lat ',
    'q[]',
    'x',
    'page',
    'offset',
    'callback',
    'format',
    'api_key',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '',
    '\u0000',
    'é',
    '🙂',
    '%',
    'a'.repeat(300),
    'é'.repeat(3000),
  ),
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
);

/** One `name=value` piece of a query string, built from the given parameter names. */
function pieceFrom(names: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.tuple(names, value).map(([k, v]) => `${encode(k)}=${encode(v)}`), weight: 10 },
    // Repeated: name=a&name=b…
    {
      arbitrary: fc
        .tuple(names, fc.array(value, { minLength: 2, maxLength: 4 }))
        .map(([k, vs]) => vs.map((v) => `${encode(k)}=${encode(v)}`).join('&')),
      weight: 2,
    },
    // A name with no value, or no `=` at all.
    { arbitrary: names.map((k) => `${encode(k)}=`), weight: 1 },
    { arbitrary: names.map((k) => encode(k)), weight: 1 },
    // A value with its `%` sequences left raw, and plain garbage.
    { arbitrary: fc.tuple(names, malformed).map(([k, v]) => `${encode(k)}=${v}`), weight: 1 },
    { arbitrary: malformed, weight: 1 },
  );
}

function queryFrom(names: fc.Arbitrary<string>, maxPieces = 6): fc.Arbitrary<string> {
  return fc.array(pieceFrom(names), { maxLength: maxPieces }).map((pieces) => pieces.join('&'));
}

/** Mostly the endpoint's own parameter names, sometimes anything. */
function namesOf(known: readonly string[]): fc.Arbitrary<string> {
  return known.length === 0
    ? unknownName
    : fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 8 }, { arbitrary: unknownName, weight: 1 });
}

function withQuery(path: string, query: string): string {
  return query === '' ? path : `${path}?${query}`;
}

// --- the checks -------------------------------------------------------------------------

interface ErrorBody {
  error?: unknown;
  parameter?: unknown;
  message?: unknown;
}

/** A request as quoted in a failure message: long ones cut in the middle. */
function shorten(request: string): string {
  return request.length <= 400 ? request : `${request.slice(0, 300)}…(${request.length - 380} more)…${request.slice(-80)}`;
}

/** The invariants every answer keeps, whatever was asked. Returns the parsed body. */
function checkAnswer(res: LightMyRequestResponse, request: string): unknown {
  const where = `GET ${shorten(request)} → ${res.statusCode} ${res.body.slice(0, 300)}`;
  expect(res.statusCode, where).toBeLessThan(500);
  expect(res.statusCode, where).toBeGreaterThanOrEqual(200);
  expect(res.headers['content-type'], where).toMatch(/^application\/json/);
  let body: unknown;
  expect(() => {
    body = JSON.parse(res.body) as unknown;
  }, where).not.toThrow();
  if (res.statusCode >= 400) {
    const error = body as ErrorBody;
    expect(typeof error.error, where).toBe('string');
    expect(typeof error.message, where).toBe('string');
    expect((error.message as string).length, where).toBeGreaterThan(0);
    if (error.parameter !== undefined) expect(typeof error.parameter, where).toBe('string');
    // Errors are never cached.
    expect(res.headers['cache-control'], where).toBe('no-store');
    // The body never echoes back enough of the input to matter, nor the server's insides.
    expect(res.body.length, where).toBeLessThan(2000);
    expect(res.body, where).not.toMatch(/\bat .+\.(?:ts|js):\d+/);
  }
  return body;
}

describe('every endpoint survives random query strings (fast-check, seed 42)', () => {
  let t: TestSite;
  let someId = 1;
  let someSlug = '';

  beforeAll(async () => {
    t = await initSite(sqliteEngine(), { sample: { count: 600, seed: 11 }, clock: () => NOW });
    const first = await t.app.inject('/api/v1/meetings?limit=1');
    const meeting = first.json<{ meetings: { id: number; slug: string }[] }>().meetings[0]!;
    someId = meeting.id;
    someSlug = meeting.slug;
  });
  afterAll(() => t.dispose());

  async function send(request: string): Promise<{ res: LightMyRequestResponse; body: unknown }> {
    const res = await t.app.inject({ method: 'GET', url: request });
    return { res, body: checkAnswer(res, request) };
  }

  it('/api/v1/meetings: every search parameter, unknown ones, repeats, junk', async () => {
    await fc.assert(
      fc.asyncProperty(queryFrom(namesOf(QUERY_PARAMETERS), 8), async (query) => {
        const request = withQuery('/api/v1/meetings', query);
        const { res, body } = await send(request);
        const where = `GET ${shorten(request)} → ${res.statusCode} ${res.body.slice(0, 300)}`;
        expect([200, 400], where).toContain(res.statusCode);
        if (res.statusCode === 200) {
          const answer = body as { meetings: unknown[]; total: number; next: string | null };
          expect(Array.isArray(answer.meetings), where).toBe(true);
          expect(Number.isInteger(answer.total), where).toBe(true);
          expect(answer.meetings.length, where).toBeLessThanOrEqual(200);
          expect(answer.next === null || typeof answer.next === 'string', where).toBe(true);
          expect(res.body, where).not.toMatch(/"(?:contacts|adminNotes)"/);
        } else {
          expect(typeof (body as ErrorBody).parameter, where).toBe('string');
        }
      }),
      RUNS,
    );
  });

  it('/api/v1/meetings with one value for every parameter at once', async () => {
    const everything = fc.tuple(
      ...QUERY_PARAMETERS.map((name) => fc.option(value, { nil: undefined, freq: 2 }).map((v) => [name, v] as const)),
    );
    await fc.assert(
      fc.asyncProperty(everything, async (pairs) => {
        const query = pairs.flatMap(([k, v]) => (v === undefined ? [] : [`${k}=${encode(v)}`])).join('&');
        const request = withQuery('/api/v1/meetings', query);
        const { res } = await send(request);
        expect([200, 400], shorten(request)).toContain(res.statusCode);
      }),
      { ...RUNS, numRuns: 100 },
    );
  });

  it('/api/v1/meetings/:id: random ids and slugs, with junk after them', async () => {
    const id = fc.oneof(
      {
        arbitrary: fc.constantFrom(
          String(someId),
          someSlug,
          `${someSlug}-x`,
          '0',
          '1',
          '-1',
          '00',
          '01',
          '1.0',
          '1e3',
          '9'.repeat(15),
          '9'.repeat(16),
          '9007199254740993',
          'a',
          'A',
          'a--b',
          '-a',
          'a-',
          'x'.repeat(100),
          'x'.repeat(101),
          'x'.repeat(200),
          'x'.repeat(201),
          'x'.repeat(5000),
        ),
        weight: 4,
      },
      { arbitrary: edgy, weight: 2 },
      { arbitrary: nasty.filter((s) => s !== ''), weight: 2 },
      { arbitrary: fc.string({ minLength: 1 }), weight: 2 },
      { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), weight: 2 },
      { arbitrary: fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,4}$/), weight: 2 },
    );
    const segment = fc.oneof(
      { arbitrary: id.map(encode), weight: 5 },
      {
        arbitrary: fc.constantFrom(
          '%',
          '%zz',
          '%E0%A4%A',
          '%ED%A0%80',
          '%C0%AF',
          '%FF',
          '%00',
          '%2F',
          '%2e%2e',
          '..',
          '.',
          'a%20b',
          '%25',
          '1%00',
        ),
        weight: 1,
      },
    );
    await fc.assert(
      fc.asyncProperty(segment, queryFrom(unknownName, 3), async (path, query) => {
        const request = withQuery(`/api/v1/meetings/${path}`, query);
        const { res, body } = await send(request);
        const where = `GET ${shorten(request)} → ${res.statusCode}`;
        // 414: a segment longer than the router's 200 characters.
        expect([200, 400, 404, 414], where).toContain(res.statusCode);
        if (res.statusCode === 414) expect(path.length, where).toBeGreaterThan(200);
        // "." and ".." segments are resolved before the request is sent: "/api/v1/meetings/." is the search.
        const isSearch = new URL(request, 'http://localhost').pathname === '/api/v1/meetings/';
        if (!isSearch && (body as ErrorBody).error === 'invalid_parameter') expect((body as ErrorBody).parameter, where).toBe('id');
        if (res.statusCode === 200) {
          expect(res.body, where).not.toMatch(/"(?:contacts|adminNotes)"/);
          if (isSearch) expect(Array.isArray((body as { meetings?: unknown }).meetings), where).toBe(true);
          else expect(typeof (body as { id?: unknown }).id, where).toBe('number');
        }
      }),
      RUNS,
    );
  });

  it('/api/v1/places: random q and other parameters', async () => {
    await fc.assert(
      fc.asyncProperty(queryFrom(namesOf(['q']), 4), async (query) => {
        const request = withQuery('/api/v1/places', query);
        const { res, body } = await send(request);
        const where = `GET ${shorten(request)} → ${res.statusCode} ${res.body.slice(0, 200)}`;
        expect([200, 400], where).toContain(res.statusCode);
        if (res.statusCode === 200) expect(Array.isArray((body as { places: unknown }).places), where).toBe(true);
        else expect(typeof (body as ErrorBody).parameter, where).toBe('string');
      }),
      RUNS,
    );
  });

  const plain: [string, (body: unknown) => boolean][] = [
    ['/api/v1/formats', (body) => Array.isArray((body as { formats?: unknown }).formats)],
    ['/api/v1/service-bodies', (body) => Array.isArray((body as { serviceBodies?: unknown }).serviceBodies)],
    ['/api/v1/stats', (body) => typeof (body as { meetings?: unknown }).meetings === 'number'],
    ['/healthz', (body) => (body as { status?: unknown }).status === 'ok'],
    ['/api/v1/openapi.json', (body) => typeof (body as { openapi?: unknown }).openapi === 'string'],
  ];

  it.each(plain)('%s: takes no parameters and is not upset by any', async (path, shaped) => {
    await fc.assert(
      fc.asyncProperty(queryFrom(namesOf([...QUERY_PARAMETERS, 'q', 'lang']), 6), async (query) => {
        const request = withQuery(path, query);
        const { res, body } = await send(request);
        if (res.statusCode === 200) expect(shaped(body), shorten(request)).toBe(true);
      }),
      RUNS,
    );
  });
});
