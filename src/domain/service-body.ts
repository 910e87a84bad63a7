/** Levels of NA's service structure, plus the loose kinds that other programs use. */
export const SERVICE_BODY_TYPES = ['zone', 'region', 'area', 'metro', 'group', 'other'] as const;
export type ServiceBodyType = (typeof SERVICE_BODY_TYPES)[number];

export interface ServiceBodyInput {
  name: string;
  type: ServiceBodyType;
  parentId: number | null;
  description: string | null;
  website: string | null;
  helpline: string | null;
  email: string | null;
  /** NA World Services id (e.g. "RG123", "AR456"). */
  worldId: string | null;
  sample: boolean;
  source: string | null;
  externalId: string | null;
}

/**
 * A service body as a feed names it: its parent by the feed's own id, resolved to ours on
 * import; the store sets source, external id and sample itself.
 */
export interface FeedServiceBody {
  externalId: string;
  parentExternalId: string | null;
  input: Omit<ServiceBodyInput, 'parentId' | 'source' | 'externalId' | 'sample'>;
}

export interface ServiceBody extends ServiceBodyInput {
  id: number;
  createdAt: string;
  updatedAt: string;
}

/** The ids of a body and every body below it, for "this area and its groups" filters. */
export function descendantIds(bodies: readonly Pick<ServiceBody, 'id' | 'parentId'>[], rootId: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const body of bodies) {
    if (body.parentId === null) continue;
    const list = children.get(body.parentId) ?? [];
    list.push(body.id);
    children.set(body.parentId, list);
  }
  const found = new Set<number>([rootId]);
  const pending = [rootId];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    for (const child of children.get(id) ?? []) {
      if (!found.has(child)) {
        found.add(child);
        pending.push(child);
      }
    }
  }
  return found;
}
