import { around } from 'geokdbush';
import KDBush from 'kdbush';
import { distanceKm } from '../domain/geo.js';

/** Kilometres per degree of latitude, a little generous so the box never clips the circle. */
const KM_PER_DEGREE = 111.0;

export interface GeoHit {
  slot: number;
  km: number;
}

export interface Coordinates {
  latitude(slot: number): number;
  longitude(slot: number): number;
}

/**
 * Exact great-circle nearest and radius search: a static k-d tree over the meetings that
 * existed when it was built, plus a short list of meetings added since, scanned one by one
 * until the next rebuild.
 */
export class GeoIndex {
  private readonly tree: KDBush;
  private readonly treeSlots: Int32Array;
  private readonly added: number[] = [];

  constructor(
    private readonly coordinates: Coordinates,
    slots: readonly number[],
  ) {
    this.treeSlots = Int32Array.from(slots);
    this.tree = new KDBush(Math.max(slots.length, 1));
    for (const slot of slots) this.tree.add(coordinates.longitude(slot), coordinates.latitude(slot));
    // KDBush needs at least one point; a far-off placeholder that no predicate accepts.
    if (slots.length === 0) this.tree.add(0, -90);
    this.tree.finish();
  }

  add(slot: number): void {
    this.added.push(slot);
  }

  /** Up to `limit` accepted slots within `maxKm`, nearest first. */
  around(latitude: number, longitude: number, limit: number, maxKm: number, accept: (slot: number) => boolean): GeoHit[] {
    const point = { latitude, longitude };
    const distanceTo = (slot: number): number =>
      distanceKm(point, { latitude: this.coordinates.latitude(slot), longitude: this.coordinates.longitude(slot) });
    const ids = around(this.tree, longitude, latitude, limit, maxKm, (id) => id < this.treeSlots.length && accept(this.treeSlots[id]!));
    // geokdbush measures with a slightly different Earth radius: keep our distance and bound.
    const hits: GeoHit[] = ids
      .map((id) => {
        const slot = this.treeSlots[id]!;
        return { slot, km: distanceTo(slot) };
      })
      .filter((hit) => hit.km <= maxKm);
    if (this.added.length === 0) return hits;
    for (const slot of this.added) {
      if (!accept(slot)) continue;
      const km = distanceTo(slot);
      if (km <= maxKm) hits.push({ slot, km });
    }
    return hits.sort((a, b) => a.km - b.km).slice(0, limit);
  }

  /**
   * Every accepted slot within `maxKm`, in no order: a box query on the tree, then the exact
   * distance. Cheaper than `around` when all of them are wanted anyway (to count them).
   */
  within(latitude: number, longitude: number, maxKm: number, accept: (slot: number) => boolean): GeoHit[] {
    const dLat = maxKm / KM_PER_DEGREE;
    const widest = Math.min(89.9, Math.abs(latitude) + dLat);
    const dLng = maxKm / (KM_PER_DEGREE * Math.cos((widest * Math.PI) / 180));
    if (longitude - dLng < -180 || longitude + dLng > 180 || latitude + dLat > 90 || latitude - dLat < -90) {
      // The box would wrap around the antimeridian or a pole: let the tree walk handle it.
      return this.around(latitude, longitude, Infinity, maxKm, accept);
    }
    const point = { latitude, longitude };
    const hits: GeoHit[] = [];
    const consider = (slot: number): void => {
      if (!accept(slot)) return;
      const km = distanceKm(point, { latitude: this.coordinates.latitude(slot), longitude: this.coordinates.longitude(slot) });
      if (km <= maxKm) hits.push({ slot, km });
    };
    for (const id of this.tree.range(longitude - dLng, latitude - dLat, longitude + dLng, latitude + dLat)) {
      if (id < this.treeSlots.length) consider(this.treeSlots[id]!);
    }
    for (const slot of this.added) consider(slot);
    return hits;
  }

  get addedCount(): number {
    return this.added.length;
  }
}
