import { descendantIds, type ServiceBody, type ServiceBodyType } from '../../domain/service-body.js';
import { flag, signedIds, type Params } from './params.js';

/**
 * Our body types as BMLT's `type` codes (ZF zone, RS region, AS area, MA metro area, GR group).
 * `other` has no BMLT code and is sent empty, as BMLT sends a body without a type.
 */
export const SERVICE_BODY_TYPE: Readonly<Record<ServiceBodyType, string>> = {
  zone: 'ZF',
  region: 'RS',
  area: 'AS',
  metro: 'MA',
  group: 'GR',
  other: '',
};

export interface BmltServiceBody {
  id: string;
  parent_id: string;
  name: string;
  description: string;
  type: string;
  url: string;
  helpline: string;
  world_id: string;
}

/** A body as GetServiceBodies answers it; a top-level body has parent "0", as in BMLT. */
export function bmltServiceBody(body: ServiceBody): BmltServiceBody {
  return {
    id: String(body.id),
    parent_id: body.parentId === null ? '0' : String(body.parentId),
    name: body.name,
    description: body.description ?? '',
    type: SERVICE_BODY_TYPE[body.type],
    url: body.website ?? '',
    helpline: body.helpline ?? '',
    world_id: body.worldId ?? '',
  };
}

function ancestorIds(bodies: readonly ServiceBody[], id: number): number[] {
  const parentOf = new Map(bodies.map((b) => [b.id, b.parentId]));
  const found: number[] = [];
  for (let parent = parentOf.get(id) ?? null; parent !== null && !found.includes(parent); parent = parentOf.get(parent) ?? null) {
    found.push(parent);
  }
  return found;
}

/**
 * GetServiceBodies' selection: `services` (negative excludes), with `recursive=1` the bodies
 * below each and `parents=1` the bodies above. No ids: every body.
 */
export function selectServiceBodies(params: Params, bodies: readonly ServiceBody[]): ServiceBody[] {
  const ids = signedIds(params, 'services', 'service body ids');
  const recursive = flag(params, 'recursive');
  const parents = flag(params, 'parents');
  // Parents widen what is included only: excluding a body does not exclude the bodies above it.
  const widen = (roots: readonly number[], withParents: boolean): Set<number> => {
    const out = new Set<number>();
    for (const id of roots) {
      for (const below of recursive ? descendantIds(bodies, id) : [id]) out.add(below);
      if (withParents) for (const above of ancestorIds(bodies, id)) out.add(above);
    }
    return out;
  };
  const included = ids.include.length > 0 ? widen(ids.include, parents) : null;
  const excluded = widen(ids.exclude, false);
  return bodies.filter((b) => (included === null || included.has(b.id)) && !excluded.has(b.id)).sort((a, b) => a.id - b.id);
}
