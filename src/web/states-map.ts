import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoPath, type GeoContext } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { stateByName } from '../domain/us-states.js';

/**
 * The outlines of the 50 states and DC for the home page's map, as SVG path data, computed
 * once per process and kept.
 *
 * us-atlas's `states-albers-10m.json` is already projected (Albers USA, 975 × 610, Alaska and
 * Hawaii inset), so d3-geo's geoPath draws it with no projection. To keep the page light the
 * shared borders are simplified once in the topology (Douglas–Peucker, under a pixel, so
 * neighbours still meet exactly), and the path data is written with whole-pixel, relative
 * coordinates: about 6 KB gzipped instead of 23 KB for geoPath's default output.
 */

export interface StateOutline {
  /** Two-letter code, upper case. */
  code: string;
  name: string;
  /** SVG path data; empty when the state is too small to draw at this scale. */
  d: string;
  /** Where to put a marker for a state too small to see (DC), in map pixels. */
  centre: [number, number];
  /** Area in square pixels: small states get a marker as well as (or instead of) their outline. */
  area: number;
}

export interface StatesMapGeometry {
  width: number;
  height: number;
  states: StateOutline[];
}

/** Simplification tolerance in map pixels: below what anyone sees at 975 px wide. */
const TOLERANCE_PX = 0.75;
const WIDTH = 975;
const HEIGHT = 610;

type Position = [number, number];

type StatesTopology = Topology<{ states: GeometryCollection<{ name: string }> }>;

/** Douglas–Peucker on one arc, keeping its end points so that arcs still join. */
export function simplifyLine(points: readonly Position[], tolerance: number): Position[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  for (let range = stack.pop(); range !== undefined; range = stack.pop()) {
    const [first, last] = range;
    const [ax, ay] = points[first]!;
    const [bx, by] = points[last]!;
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let farthest = -1;
    let distance = -1;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i]!;
      const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (distance > tolerance) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Decodes the quantized, delta-encoded arcs to pixels and simplifies each one. */
function simplifiedTopology(topology: StatesTopology, tolerance: number): StatesTopology {
  const [sx, sy] = topology.transform?.scale ?? [1, 1];
  const [tx, ty] = topology.transform?.translate ?? [0, 0];
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const points = arc.map(([dx = 0, dy = 0]): Position => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
    return simplifyLine(points, tolerance);
  });
  return { type: 'Topology', objects: topology.objects, arcs, bbox: topology.bbox };
}

/**
 * A d3-geo path context that writes compact SVG path data: whole pixels, relative moves after
 * the first point of each ring, and no repeated points (rounding makes many).
 */
class CompactPath implements GeoContext {
  private out = '';
  private ring: Position[] = [];

  beginPath(): void {
    // geoPath calls this once per feature; rings are collected point by point below.
  }

  moveTo(x: number, y: number): void {
    this.flush();
    this.ring = [[Math.round(x), Math.round(y)]];
  }

  lineTo(x: number, y: number): void {
    const point: Position = [Math.round(x), Math.round(y)];
    const last = this.ring[this.ring.length - 1];
    if (last && last[0] === point[0] && last[1] === point[1]) return;
    this.ring.push(point);
  }

  closePath(): void {
    this.flush();
  }

  arc(): void {
    // Only called for point geometries, which a map of states has none of.
  }

  private flush(): void {
    const ring = this.ring;
    this.ring = [];
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1]) ring.pop();
    // A ring rounded down to a line or a dot draws nothing.
    if (ring.length < 3 || !first) return;
    let d = `M${first[0]} ${first[1]}l`;
    for (let i = 1; i < ring.length; i++) {
      const dx = ring[i]![0] - ring[i - 1]![0];
      const dy = ring[i]![1] - ring[i - 1]![1];
      // A minus sign separates numbers by itself; only a positive number needs a space before it.
      d += `${i === 1 || dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`;
    }
    this.out += `${d}z`;
  }

  result(): string {
    this.flush();
    const out = this.out;
    this.out = '';
    return out;
  }
}

function loadTopology(): StatesTopology {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('us-atlas/states-albers-10m.json'), 'utf8')) as StatesTopology;
}

/** Builds the geometry from us-atlas; exported for tests and for measuring. */
export function buildStatesMap(tolerance = TOLERANCE_PX): StatesMapGeometry {
  const topology = simplifiedTopology(loadTopology(), tolerance);
  const collection = feature(topology, topology.objects.states);
  const context = new CompactPath();
  const draw = geoPath(null, context);
  const measure = geoPath(null);
  const states: StateOutline[] = [];
  for (const state of collection.features) {
    const known = stateByName(state.properties.name);
    if (!known) continue;
    const shape = state as typeof state & { geometry: Polygon | MultiPolygon };
    draw(shape);
    const [cx, cy] = measure.centroid(shape);
    states.push({
      code: known.code,
      name: known.name,
      d: context.result(),
      centre: [Math.round(cx), Math.round(cy)],
      area: Math.round(measure.area(shape)),
    });
  }
  states.sort((a, b) => a.name.localeCompare(b.name));
  return { width: WIDTH, height: HEIGHT, states };
}

let cached: StatesMapGeometry | undefined;

/** The map's geometry, built on first use (about 20 ms) and kept for the life of the process. */
export function statesMap(): StatesMapGeometry {
  cached ??= buildStatesMap();
  return cached;
}
