import type { Problem } from '../../domain/problem.js';
import type { FieldErrors } from '../../web/admin/components/field.js';

/**
 * The domain's problems as errors beside a form's fields: the first problem of each field,
 * under the form's name for it (`rename` maps "text.en.name" to "nameEn", say).
 */
export function fieldErrorsOf(problems: readonly Problem[], rename: Record<string, string> = {}): FieldErrors {
  const errors: FieldErrors = {};
  for (const { field, message } of problems) {
    const name = rename[field] ?? field;
    errors[name] ??= message;
  }
  return errors;
}
