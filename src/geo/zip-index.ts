import { lowerBound } from '../domain/lower-bound.js';
import type { CityPlace, Gazetteer, ZipPlace } from './gazetteer.js';

/** The gazetteer's ZIP codes in order, for prefixes and near misses. */
export class ZipIndex {
  private readonly codes: string[] = [];

  constructor(
    private readonly gazetteer: Gazetteer,
    cities: readonly CityPlace[],
  ) {
    for (const city of cities) for (const zip of city.zips) this.codes.push(zip);
    this.codes.sort();
  }

  get(zip: string): ZipPlace | undefined {
    return this.gazetteer.zip(zip);
  }

  startingWith(prefix: string, limit: number): ZipPlace[] {
    const zips: ZipPlace[] = [];
    for (let i = lowerBound(this.codes, prefix); i < this.codes.length && zips.length < limit; i++) {
      const code = this.codes[i]!;
      if (!code.startsWith(prefix)) break;
      const place = this.gazetteer.zip(code);
      if (place) zips.push(place);
    }
    return zips;
  }

  /** An unknown ZIP: the known ones numerically nearest it in its 3-digit area. */
  nearest(zip: string, count: number): ZipPlace[] {
    const target = Number(zip);
    return this.startingWith(zip.slice(0, 3), Infinity)
      .map((place) => ({ place, gap: Math.abs(Number(place.zip) - target) }))
      .sort((a, b) => a.gap - b.gap || a.place.zip.localeCompare(b.place.zip))
      .slice(0, count)
      .map(({ place }) => place);
  }

  /** Three or four digits: the ZIPs they begin, and the ZIP whose leading zero a spreadsheet dropped. */
  partial(digits: string, count: number): ZipPlace[] {
    const padded = digits.length === 4 ? this.gazetteer.zip(`0${digits}`) : undefined;
    const zips = [...(padded ? [padded] : []), ...this.startingWith(digits, count)];
    return zips.slice(0, count);
  }
}
