import { EMAIL, isObj } from '../../domain/field-reader.js';
import type { FeedServiceBody, ServiceBodyType } from '../../domain/service-body.js';
import type { SkippedRow } from '../parsed-feed.js';
import { loosePhone, looseUrl } from '../clean/loose-online.js';
import { looseText } from '../clean/loose-text.js';
import { plainTextFromHtml } from '../clean/plain-text-from-html.js';

/**
 * BMLT's service body types (its admin UI's list) and ours. A Local Service Unit is the
 * newer name for an area; co-ops, group service units and the world level have no level
 * of their own here.
 */
const TYPES: ReadonlyMap<string, ServiceBodyType> = new Map([
  ['ZF', 'zone'],
  ['RS', 'region'],
  ['AS', 'area'],
  ['LS', 'area'],
  ['MA', 'metro'],
  ['GR', 'group'],
  ['GS', 'other'],
  ['CO', 'other'],
  ['WS', 'other'],
]);

/**
 * Reads a GetServiceBodies answer. `parent_id` "0" (or empty) means a top-level body. A bad
 * website, helpline or email is left out rather than losing the body, since meetings hang
 * on it; a body without an id or name is skipped with the reason.
 */
export function parseBmltServiceBodies(payload: unknown): { serviceBodies: FeedServiceBody[]; skipped: SkippedRow[] } {
  const serviceBodies: FeedServiceBody[] = [];
  const skipped: SkippedRow[] = [];
  if (!Array.isArray(payload)) {
    skipped.push({ row: 0, externalId: null, name: null, reason: 'not a BMLT GetServiceBodies answer (a list of service bodies)' });
    return { serviceBodies, skipped };
  }
  const seen = new Set<string>();
  (payload as unknown[]).forEach((item, index) => {
    const row = index + 1;
    if (!isObj(item)) {
      skipped.push({ row, externalId: null, name: null, reason: 'not a service body object' });
      return;
    }
    const externalId = looseText(item.id);
    const name = looseText(item.name);
    if (externalId === null || name === null) {
      skipped.push({ row, externalId, name, reason: externalId === null ? 'no id' : 'no name' });
      return;
    }
    if (seen.has(externalId)) {
      skipped.push({ row, externalId, name, reason: 'duplicate id' });
      return;
    }
    seen.add(externalId);
    const parent = looseText(item.parent_id);
    const email = looseText(item.contact_email) ?? looseText(item.email);
    serviceBodies.push({
      externalId,
      parentExternalId: parent === null || parent === '0' || parent === externalId ? null : parent,
      input: {
        // Never shortened: a value over validation's limit is refused there, with its reason.
        name,
        type: TYPES.get(looseText(item.type)?.toUpperCase() ?? '') ?? 'other',
        description: plainTextFromHtml(looseText(item.description)).text,
        website: looseUrl(looseText(item.url), 'url').value,
        helpline: loosePhone(looseText(item.helpline), 'helpline').phone,
        email: email !== null && EMAIL.test(email) ? email : null,
        worldId: looseText(item.world_id),
      },
    });
  });
  return { serviceBodies, skipped };
}
