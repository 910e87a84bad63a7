import { describe, it, expect } from 'vitest';
import { descendantIds, SERVICE_BODY_TYPES, type ServiceBodyInput } from '../../src/domain/service-body.js';
import { validateServiceBodyInput } from '../../src/domain/service-body-validation.js';

function valid(raw: unknown): ServiceBodyInput {
  const result = validateServiceBodyInput(raw);
  if (!result.ok) throw new Error(`expected a valid body, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

function faultyFields(raw: unknown): string[] {
  const result = validateServiceBodyInput(raw);
  if (result.ok) throw new Error('expected problems, but the input was accepted');
  return [...new Set(result.problems.map((p) => p.field))].sort();
}

const FULL: ServiceBodyInput = {
  name: 'Test Area',
  type: 'area',
  parentId: 3,
  description: 'An area for tests.',
  website: 'https://area.test.example/',
  helpline: '+1 555-0100',
  email: 'chair@area.test.example',
  worldId: 'AR12345',
  sample: false,
  source: 'bmlt',
  externalId: '42',
};

describe('validateServiceBodyInput', () => {
  it('accepts a complete body unchanged', () => {
    expect(valid(FULL)).toEqual(FULL);
  });

  it('fills defaults for a body with only a name', () => {
    expect(valid({ name: 'Lone Area' })).toEqual({
      name: 'Lone Area',
      type: 'area',
      parentId: null,
      description: null,
      website: null,
      helpline: null,
      email: null,
      worldId: null,
      sample: false,
      source: null,
      externalId: null,
    });
  });

  it('trims text and turns blanks into null', () => {
    const value = valid({ ...FULL, name: '  Test Area ', description: '   ', email: ' chair@area.test.example ' });
    expect(value.name).toBe('Test Area');
    expect(value.description).toBeNull();
    expect(value.email).toBe('chair@area.test.example');
  });

  it.each(SERVICE_BODY_TYPES)('accepts the type %s', (type) => {
    expect(valid({ ...FULL, type }).type).toBe(type);
  });

  it('reports every faulty field at once', () => {
    const input = {
      name: '',
      type: 'state',
      parentId: 0,
      description: 12,
      website: 'ftp://area.test.example/',
      helpline: 'call us',
      email: 'not-an-email',
      sample: 'yes',
      externalId: { id: 1 },
    };
    expect(faultyFields(input)).toEqual(
      ['name', 'type', 'parentId', 'description', 'website', 'helpline', 'email', 'sample', 'externalId'].sort(),
    );
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a missing name', { name: undefined }, 'name'],
    ['a fractional parent id', { parentId: 1.5 }, 'parentId'],
    ['a parent id as text', { parentId: '3' }, 'parentId'],
    ['an unknown type', { type: 'county' }, 'type'],
    ['a javascript: website', { website: 'javascript:alert(1)' }, 'website'],
    ['a name over 500 characters', { name: 'x'.repeat(501) }, 'name'],
  ])('reports %s alone', (_label, overrides, field) => {
    expect(faultyFields({ ...FULL, ...overrides })).toEqual([field]);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'Test Area'],
    ['a list', [FULL]],
  ])('rejects %s with one problem on the whole input', (_label, input) => {
    const result = validateServiceBodyInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(['']);
  });
});

describe('descendantIds', () => {
  //        1 (zone)            8 (another zone)
  //       /        \
  //   2 (region)  3 (region)
  //    /    \        \
  //  4       5        7
  //  |
  //  6
  const TREE = [
    { id: 1, parentId: null },
    { id: 2, parentId: 1 },
    { id: 3, parentId: 1 },
    { id: 4, parentId: 2 },
    { id: 5, parentId: 2 },
    { id: 6, parentId: 4 },
    { id: 7, parentId: 3 },
    { id: 8, parentId: null },
  ];

  const sorted = (ids: Set<number>): number[] => [...ids].sort((a, b) => a - b);

  it('finds a body and everything below it', () => {
    expect(sorted(descendantIds(TREE, 1))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(sorted(descendantIds(TREE, 2))).toEqual([2, 4, 5, 6]);
    expect(sorted(descendantIds(TREE, 3))).toEqual([3, 7]);
  });

  it('gives just the body for a leaf or a separate root', () => {
    expect(sorted(descendantIds(TREE, 6))).toEqual([6]);
    expect(sorted(descendantIds(TREE, 8))).toEqual([8]);
  });

  it('does not depend on the order of the list', () => {
    expect(sorted(descendantIds([...TREE].reverse(), 2))).toEqual([2, 4, 5, 6]);
  });

  it('gives just the id for an unknown body or an empty list', () => {
    expect(sorted(descendantIds(TREE, 99))).toEqual([99]);
    expect(sorted(descendantIds([], 1))).toEqual([1]);
  });

  it('stops at a loop of parent links instead of running forever', () => {
    const looped = [
      { id: 10, parentId: 12 },
      { id: 11, parentId: 10 },
      { id: 12, parentId: 11 },
      { id: 13, parentId: 12 },
      { id: 14, parentId: 13 },
    ];
    expect(sorted(descendantIds(looped, 10))).toEqual([10, 11, 12, 13, 14]);
    expect(sorted(descendantIds(looped, 13))).toEqual([13, 14]);
  });

  it('stops at a body that is its own parent', () => {
    expect(
      sorted(
        descendantIds(
          [
            { id: 5, parentId: 5 },
            { id: 6, parentId: 5 },
          ],
          5,
        ),
      ),
    ).toEqual([5, 6]);
  });
});
