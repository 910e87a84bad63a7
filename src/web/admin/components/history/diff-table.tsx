import type { FieldChange } from '../../../../domain/meeting-diff.js';
import type { ServiceBody } from '../../../../domain/service-body.js';
import { messages } from '../../../i18n/messages.js';
import { utcText } from './utc-time.js';

export type BodyNames = ReadonlyMap<number, string>;

export function bodyNames(bodies: readonly Pick<ServiceBody, 'id' | 'name'>[]): BodyNames {
  return new Map(bodies.map((body) => [body.id, body.name]));
}

/** One value of a field as a volunteer reads it: a body's name, a weekday, Yes/No, a readable date. */
export function valueText(field: string, value: unknown, bodies: BodyNames): string {
  const text = messages().admin.history;
  if (value === null || value === undefined || value === '') return text.empty;
  if ((field === 'serviceBodyId' || field === 'parentId') && typeof value === 'number') return bodies.get(value) ?? `#${value}`;
  if (field === 'schedule.weekday' && typeof value === 'number') return text.weekdays[value] ?? String(value);
  if (field === 'checkedAt' && typeof value === 'string') return utcText(value);
  if (typeof value === 'boolean') return value ? text.yes : text.no;
  if (Array.isArray(value)) {
    if (value.length === 0) return text.empty;
    return value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(', ');
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length === 0 ? text.empty : entries.map(([k, v]) => `${k}: ${String(v)}`).join('; ');
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function Codes({ change }: { change: FieldChange }) {
  const text = messages().admin.history;
  return (
    <>
      {change.removed!.map((code) => (
        <del key={`-${code}`} aria-label={`${code} ${text.removed}`}>
          {code}
        </del>
      ))}{' '}
      {change.added!.map((code) => (
        <ins key={`+${code}`} aria-label={`${code} ${text.added}`}>
          {code}
        </ins>
      ))}
    </>
  );
}

/** The diff of one change: one row per field, the old value struck through, the new one marked inserted. */
export function DiffTable({ diff, caption, bodies }: { diff: readonly FieldChange[]; caption: string; bodies: BodyNames }) {
  const text = messages().admin.history;
  if (diff.length === 0) return <p>{text.noFieldChanged}</p>;
  return (
    <table class="diff">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{text.diffField}</th>
          <th scope="col">{text.diffBefore}</th>
          <th scope="col">{text.diffAfter}</th>
        </tr>
      </thead>
      <tbody>
        {diff.map((change) => (
          <tr key={change.field}>
            <th scope="row">{text.fields[change.field] ?? change.field}</th>
            {change.added !== undefined ? (
              <td colSpan={2}>
                <Codes change={change} />
              </td>
            ) : (
              <>
                <td>{change.before === null ? text.empty : <del>{valueText(change.field, change.before, bodies)}</del>}</td>
                <td>{change.after === null ? text.empty : <ins>{valueText(change.field, change.after, bodies)}</ins>}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
