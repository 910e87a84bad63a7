import type { ServiceBody, ServiceBodyInput } from '../domain/service-body.js';
import { serviceBodyToRow } from './service-body-repository.js';

interface TreeNode {
  externalId: string;
  parentExternalId: string | null;
}

/**
 * Orders a feed's bodies so that every parent comes before its children, which is the
 * order they can be inserted in. A body whose parent is missing or part of a loop is
 * returned with no parent (and named in `orphans`), so a bad tree cannot stop an import.
 */
export function orderParentsFirst<T extends TreeNode>(bodies: readonly T[]): { ordered: T[]; orphans: string[] } {
  const byId = new Map(bodies.map((body) => [body.externalId, body]));
  const ordered: T[] = [];
  const orphans: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (body: T): void => {
    if (state.get(body.externalId) === 'done') return;
    state.set(body.externalId, 'visiting');
    let current = body;
    if (body.parentExternalId !== null) {
      const parent = byId.get(body.parentExternalId);
      if (!parent || state.get(parent.externalId) === 'visiting') {
        current = { ...body, parentExternalId: null };
        orphans.push(body.externalId);
      } else {
        visit(parent);
      }
    }
    state.set(body.externalId, 'done');
    ordered.push(current);
  };
  for (const body of bodies) visit(body);
  return { ordered, orphans };
}

/**
 * A body that a source's meetings name (BMLT's `service_body_bigint`) but that the source
 * has not described (a saved GetSearchResults file): kept under its id, so that every
 * meeting keeps its body, until an import that describes it gives it its name.
 */
export function placeholderServiceBody(source: string, externalId: string): ServiceBodyInput {
  return {
    name: `Service body ${externalId}`,
    type: 'other',
    parentId: null,
    description: null,
    website: null,
    helpline: null,
    email: null,
    worldId: null,
    sample: false,
    source,
    externalId,
  };
}

/** Whether a stored body already says what the feed says (ids and times aside). */
export function sameServiceBody(stored: ServiceBody, wanted: ServiceBodyInput): boolean {
  return JSON.stringify(serviceBodyToRow(stored)) === JSON.stringify(serviceBodyToRow(wanted));
}
