import type { ComponentChildren } from 'preact';
import type { CorrectionErrors, CorrectionFormField, CorrectionKind } from '../../domain/correction.js';
import type { PublicMeeting } from '../../domain/meeting.js';
import { WEEKDAYS } from '../../domain/weekday.js';
import { messages } from '../i18n/messages.js';
import { dayName } from './schedule-text.js';

/** What a visitor sent, shown again with its errors after a refused post. */
export interface CorrectionFormState {
  kind: CorrectionKind;
  values: Partial<Record<CorrectionFormField, string>>;
  errors: CorrectionErrors;
}

/** Each form's fields get their own ids, so the two forms on one page never share one. */
const PREFIX: Record<CorrectionKind, string> = { correction: 'fix', 'did-not-happen': 'missed' };

function idOf(kind: CorrectionKind, field: CorrectionFormField): string {
  return `${PREFIX[kind]}-${field}`;
}

interface FieldProps {
  kind: CorrectionKind;
  field: CorrectionFormField;
  label: string;
  hint?: string;
  state: CorrectionFormState | null;
  children: (attributes: Record<string, string | undefined>) => ComponentChildren;
}

/** A label, its control, its hint and its error, the error tied to the control by aria-describedby. */
function FormField({ kind, field, label, hint, state, children }: FieldProps) {
  const id = idOf(kind, field);
  const problem = state?.kind === kind ? state.errors[field] : undefined;
  const described = [hint ? `${id}-hint` : null, problem ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({ id, name: field, 'aria-invalid': problem ? 'true' : undefined, 'aria-describedby': described || undefined })}
      {problem && (
        <p class="field-error" id={`${id}-error`}>
          {messages().meeting.correctionProblems[problem]}
        </p>
      )}
    </div>
  );
}

function valueOf(state: CorrectionFormState | null, kind: CorrectionKind, field: CorrectionFormField): string {
  return state?.kind === kind ? (state.values[field] ?? '') : '';
}

/** The errors of the form that was sent, as links to their fields, read out first. */
function Summary({
  kind,
  state,
  labels,
}: {
  kind: CorrectionKind;
  state: CorrectionFormState | null;
  labels: Partial<Record<CorrectionFormField, string>>;
}) {
  if (state?.kind !== kind) return null;
  const fields = Object.keys(state.errors) as CorrectionFormField[];
  if (fields.length === 0) return null;
  const text = messages().meeting;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} id={`${PREFIX[kind]}-errors`}>
      <p>{text.correctionErrors(fields.length)}</p>
      <ul>
        {fields.map((field) => (
          <li key={field}>
            <a href={`#${idOf(kind, field)}`}>
              {labels[field] ?? field}: {text.correctionProblems[state.errors[field]!]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A field no person sees or hears (hidden, and out of the tab order): a bot that fills every
 * field fills it, and its post is thanked and thrown away.
 */
function Honeypot({ kind }: { kind: CorrectionKind }) {
  const id = `${PREFIX[kind]}-website`;
  return (
    <div hidden aria-hidden="true">
      <label for={id}>{messages().meeting.honeypot}</label>
      <input id={id} name="website" type="text" tabIndex={-1} autoComplete="off" />
    </div>
  );
}

function EmailField({ kind, state }: { kind: CorrectionKind; state: CorrectionFormState | null }) {
  const text = messages().meeting;
  return (
    <FormField kind={kind} field="email" label={text.fieldEmail} hint={text.emailHint} state={state}>
      {(a) => <input {...a} type="email" autoComplete="email" maxLength={254} value={valueOf(state, kind, 'email')} />}
    </FormField>
  );
}

/**
 * "Something wrong?": a folded correction form with only what a visitor can know, and a
 * one-button "did not happen" report. Both post plainly and work without JavaScript.
 */
export function CorrectionForms({
  meeting,
  state,
  thanked,
  tooMany,
}: {
  meeting: PublicMeeting;
  state: CorrectionFormState | null;
  thanked: boolean;
  tooMany: boolean;
}) {
  const text = messages().meeting;
  const action = `/meetings/${meeting.slug}/corrections`;
  const k = 'correction' as const;
  const labels = {
    weekday: text.fieldDay,
    startTime: text.fieldStartTime,
    street: text.fieldStreet,
    conferenceUrl: text.fieldConferenceUrl,
    conferencePhone: text.fieldConferencePhone,
    message: text.fieldMessage,
    email: text.fieldEmail,
    missedOn: text.fieldMissedOn,
  };
  const weekday = valueOf(state, k, 'weekday');
  return (
    <section aria-labelledby="correct-heading" id="correct" class="correct">
      <h2 id="correct-heading">{text.somethingWrong}</h2>
      {thanked && (
        <p class="thanks" role="status">
          {text.correctionThanks}
        </p>
      )}
      {tooMany && (
        <div class="error-summary" role="alert">
          <h3>{text.tooManyCorrectionsTitle}</h3>
          <p>{text.tooManyCorrections}</p>
        </div>
      )}
      <p>{text.somethingWrongText}</p>
      <details class="correction-fold" open={state?.kind === k}>
        <summary>{text.suggestCorrection}</summary>
        <form method="post" action={action} class="correction-form" noValidate>
          <input type="hidden" name="kind" value={k} />
          <Summary kind={k} state={state} labels={labels} />
          <p class="muted">{text.suggestIntro}</p>
          <FormField kind={k} field="weekday" label={text.fieldDay} state={state}>
            {(a) => (
              <select {...a}>
                <option value="" selected={weekday === ''}>
                  {text.dayUnchanged}
                </option>
                {WEEKDAYS.map((day) => (
                  <option key={day} value={String(day)} selected={weekday === String(day)}>
                    {dayName(day)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField kind={k} field="startTime" label={text.fieldStartTime} state={state}>
            {(a) => <input {...a} type="time" value={valueOf(state, k, 'startTime')} />}
          </FormField>
          {meeting.attendance !== 'online' && (
            <FormField kind={k} field="street" label={text.fieldStreet} hint={text.streetHint} state={state}>
              {(a) => <input {...a} type="text" autoComplete="off" maxLength={500} value={valueOf(state, k, 'street')} />}
            </FormField>
          )}
          <FormField kind={k} field="conferenceUrl" label={text.fieldConferenceUrl} state={state}>
            {(a) => <input {...a} type="url" inputMode="url" value={valueOf(state, k, 'conferenceUrl')} />}
          </FormField>
          <FormField kind={k} field="conferencePhone" label={text.fieldConferencePhone} state={state}>
            {(a) => <input {...a} type="tel" value={valueOf(state, k, 'conferencePhone')} />}
          </FormField>
          <FormField kind={k} field="message" label={text.fieldMessage} state={state}>
            {(a) => <textarea {...a} rows={4} maxLength={2000} value={valueOf(state, k, 'message')} />}
          </FormField>
          <EmailField kind={k} state={state} />
          <Honeypot kind={k} />
          <p>
            <button type="submit">{text.sendCorrection}</button>
          </p>
        </form>
      </details>
      {/* Folded like the correction: the page is about the meeting, and these forms are for the few who need them. */}
      <details class="correction-fold" open={state?.kind === 'did-not-happen'}>
        <summary id="missed-heading">{text.didNotHappen}</summary>
        <form method="post" action={action} class="correction-form did-not-happen" noValidate aria-labelledby="missed-heading">
          <input type="hidden" name="kind" value="did-not-happen" />
          <Summary kind="did-not-happen" state={state} labels={{ ...labels, message: text.fieldMissedMessage }} />
          <p>{text.didNotHappenIntro}</p>
          <FormField kind="did-not-happen" field="missedOn" label={text.fieldMissedOn} state={state}>
            {(a) => <input {...a} type="date" value={valueOf(state, 'did-not-happen', 'missedOn')} />}
          </FormField>
          <FormField kind="did-not-happen" field="message" label={text.fieldMissedMessage} state={state}>
            {(a) => <textarea {...a} rows={2} maxLength={2000} value={valueOf(state, 'did-not-happen', 'message')} />}
          </FormField>
          <EmailField kind="did-not-happen" state={state} />
          <Honeypot kind="did-not-happen" />
          <p>
            <button type="submit" class="secondary">
              {text.sendDidNotHappen}
            </button>
          </p>
        </form>
      </details>
    </section>
  );
}
