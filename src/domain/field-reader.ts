import type { Problem } from './problem.js';

export type Obj = Record<string, unknown>;

export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads one loosely-typed object field by field, collecting a problem for each bad one
 * instead of stopping at the first, so a form or an importer can report them all.
 */
export class FieldReader {
  constructor(
    private readonly source: Obj,
    private readonly prefix: string,
    private readonly problems: Problem[],
  ) {}

  private path(key: string): string {
    return this.prefix ? `${this.prefix}.${key}` : key;
  }

  problem(key: string, message: string): void {
    this.problems.push({ field: this.path(key), message });
  }

  nested(key: string): FieldReader {
    const value = this.source[key];
    if (value !== undefined && value !== null && !isObj(value)) this.problem(key, 'must be an object');
    return new FieldReader(isObj(value) ? value : {}, this.path(key), this.problems);
  }

  /** Readers for the objects of a list field, e.g. contacts.0, contacts.1. */
  items(key: string): FieldReader[] {
    const value = this.source[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.problem(key, 'must be a list');
      return [];
    }
    return value.map((item: unknown, index) => {
      if (!isObj(item)) this.problem(`${key}.${index}`, 'must be an object');
      return new FieldReader(isObj(item) ? item : {}, this.path(`${key}.${index}`), this.problems);
    });
  }

  /** Optional text: absent, null and blank all mean null. */
  text(key: string, maxLength = 2000): string | null {
    const value = this.source[key];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') {
      this.problem(key, 'must be a string');
      return null;
    }
    const trimmed = value.trim();
    if (trimmed.length > maxLength) this.problem(key, `must be at most ${maxLength} characters`);
    return trimmed === '' ? null : trimmed;
  }

  requiredText(key: string, maxLength = 200): string {
    const value = this.text(key, maxLength);
    if (value === null && this.source[key] !== undefined && typeof this.source[key] !== 'string') return '';
    if (value === null) this.problem(key, 'is required');
    return value ?? '';
  }

  number(key: string, min: number, max: number): number | null {
    const value = this.source[key];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.problem(key, `must be a number from ${min} to ${max}`);
      return null;
    }
    if (value < min || value > max) this.problem(key, `must be from ${min} to ${max}`);
    return value;
  }

  integer(key: string, min: number, max: number): number | null {
    const value = this.number(key, min, max);
    if (value !== null && !Number.isInteger(value)) this.problem(key, 'must be a whole number');
    return value;
  }

  boolean(key: string, fallback: boolean): boolean {
    const value = this.source[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'boolean') {
      this.problem(key, 'must be true or false');
      return fallback;
    }
    return value;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[], fallback?: T): T {
    const value = this.source[key];
    if ((value === undefined || value === null) && fallback !== undefined) return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.problem(key, `must be one of: ${allowed.join(', ')}`);
    return fallback ?? allowed[0]!;
  }

  /** A list of non-blank strings; sets (formats, languages) drop repeats, sequences keep them. */
  stringList(key: string, kind: 'set' | 'sequence' = 'set'): string[] {
    const value = this.source[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
      this.problem(key, 'must be a list of strings');
      return [];
    }
    const items = value.map((item) => item.trim()).filter((item) => item !== '');
    return kind === 'set' ? [...new Set(items)] : items;
  }

  raw(key: string): unknown {
    return this.source[key];
  }
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/**
 * A dial-in string: a number with its pauses and codes ("+1 646 558 8656,,86912345678#,,,,*123456#"),
 * or several such, separated by ";" or "/". Long enough for real conference lines.
 */
export const PHONE_MAX_LENGTH = 250;
export const PHONE = /^[+\d][\d\s().,#*+;/-]{2,}$/;

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export function readUrl(reader: FieldReader, key: string): string | null {
  const value = reader.text(key, 2000);
  if (value !== null && !isHttpUrl(value)) reader.problem(key, 'must be an http or https URL');
  return value;
}

export function readPhone(reader: FieldReader, key: string): string | null {
  const value = reader.text(key, PHONE_MAX_LENGTH);
  if (value !== null && !PHONE.test(value)) reader.problem(key, 'must be a phone number (digits, spaces, + ( ) - , # * ; /)');
  return value;
}
