import type { ComponentChildren } from 'preact';

/** A problem with one field of a form, as the page shows it beside the field. */
export type FieldErrors = Partial<Record<string, string>>;

export interface FieldProps {
  /** The input's name and id; its error's id is `${name}-error`. */
  name: string;
  label: string;
  hint?: string;
  errors: FieldErrors;
  /** The control, given `id`, `name`, `aria-invalid` and `aria-describedby` by `fieldAttributes`. */
  children: ComponentChildren;
}

/** What an input needs to be named by its label and described by its hint and its error. */
export function fieldAttributes(name: string, errors: FieldErrors, hint?: string) {
  const described = [hint ? `${name}-hint` : null, errors[name] ? `${name}-error` : null].filter(Boolean).join(' ');
  return {
    id: name,
    name,
    'aria-invalid': errors[name] ? ('true' as const) : undefined,
    'aria-describedby': described || undefined,
  };
}

/** A label, the control, its hint and its error: the error sits next to the field it is about. */
export function Field({ name, label, hint, errors, children }: FieldProps) {
  return (
    <div class="field">
      <label for={name}>{label}</label>
      {hint && (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {errors[name] && (
        <p class="field-error" id={`${name}-error`}>
          {errors[name]}
        </p>
      )}
    </div>
  );
}

/** The list at the top of a form that failed: one link per field, so a screen reader hears them all and can jump. */
export function ErrorSummary({ errors, labels, heading }: { errors: FieldErrors; labels: Record<string, string>; heading: string }) {
  const names = Object.keys(errors).filter((name) => errors[name]);
  if (names.length === 0) return null;
  return (
    <div class="form-errors" role="alert" tabIndex={-1}>
      <p>{heading}</p>
      <ul>
        {names.map((name) => (
          <li key={name}>
            <a href={`#${name}`}>
              {labels[name] ?? name}: {errors[name]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
