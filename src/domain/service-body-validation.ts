import { EMAIL, FieldReader, isObj, readPhone, readUrl } from './field-reader.js';
import type { Problem, Validated } from './problem.js';
import { SERVICE_BODY_TYPES, type ServiceBodyInput } from './service-body.js';

/** Checks a service body as a caller sent it, returning it in canonical form or every problem. */
export function validateServiceBodyInput(raw: unknown): Validated<ServiceBodyInput> {
  if (!isObj(raw)) return { ok: false, problems: [{ field: '', message: 'must be an object' }] };
  const problems: Problem[] = [];
  const r = new FieldReader(raw, '', problems);
  const email = r.text('email', 200);
  if (email !== null && !EMAIL.test(email)) r.problem('email', 'must be an email address');
  const value: ServiceBodyInput = {
    name: r.requiredText('name', 500),
    type: r.oneOf('type', SERVICE_BODY_TYPES, 'area'),
    parentId: r.integer('parentId', 1, Number.MAX_SAFE_INTEGER),
    description: r.text('description', 20_000),
    website: readUrl(r, 'website'),
    helpline: readPhone(r, 'helpline'),
    email,
    worldId: r.text('worldId', 40),
    sample: r.boolean('sample', false),
    source: r.text('source', 100),
    externalId: r.text('externalId', 200),
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}
