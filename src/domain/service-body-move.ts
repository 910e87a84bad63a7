import { descendantIds, type ServiceBody } from './service-body.js';

/** What is wrong with putting body `id` under `parentId` in this tree (a missing parent, a loop), or null. */
export function parentProblem(
  bodies: readonly Pick<ServiceBody, 'id' | 'parentId'>[],
  id: number | null,
  parentId: number | null,
): string | null {
  if (parentId === null) return null;
  if (!bodies.some((b) => b.id === parentId)) return `no service body has id ${parentId}`;
  if (id !== null && descendantIds(bodies, id).has(parentId)) return 'a service body cannot be put below itself or a body below it';
  return null;
}
