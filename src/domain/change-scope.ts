/** The service bodies a logged change is about: what decides who may see it in the history. */

function bodyIdOf(entityType: string, side: unknown): number | null {
  if (typeof side !== 'object' || side === null) return null;
  const record = side as Record<string, unknown>;
  const id = entityType === 'meeting' ? record.serviceBodyId : entityType === 'service_body' ? record.id : null;
  return typeof id === 'number' ? id : null;
}

/**
 * The bodies of both sides of a change: a meeting moved from one body to another belongs to
 * both histories; a service body is its own. Formats and programs belong to no body.
 */
export function changeBodyIds(entityType: string, before: unknown, after: unknown): number[] {
  const ids = [bodyIdOf(entityType, before), bodyIdOf(entityType, after)].filter((id): id is number => id !== null);
  return [...new Set(ids)];
}
