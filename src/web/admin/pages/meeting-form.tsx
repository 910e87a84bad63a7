import type { InputHTMLAttributes } from 'preact';
import { ATTENDANCE } from '../../../domain/attendance.js';
import { CHALLENGE_CATEGORIES } from '../../../domain/challenge.js';
import type { Meeting } from '../../../domain/meeting.js';
import type { FieldChange } from '../../../domain/meeting-diff.js';
import { DiffTable } from '../components/history/diff-table.js';
import type { Actor } from '../../../domain/permissions.js';
import { WEEKDAYS } from '../../../domain/weekday.js';
import { ClientScript } from '../../components/client-script.js';
import { attendanceText, dayName } from '../../components/schedule-text.js';
import { messages } from '../../i18n/messages.js';
import type { AdminContext } from '../admin-context.js';
import { AdminLayout } from '../components/admin-layout.js';
import { CsrfField } from '../components/csrf-field.js';
import { ErrorSummary, Field, fieldAttributes, type FieldErrors } from '../components/field.js';
import { CONTACT_ROWS, type MeetingFormValues } from '../meeting-form-values.js';

type MeetingText = ReturnType<typeof messages>['admin']['meetings'];

export interface Choice {
  value: string;
  label: string;
}

export interface StaleEdit {
  who: string;
  when: string;
  changes: FieldChange[];
}

export interface MeetingFormPageProps {
  admin: AdminContext & { actor: Actor };
  /** The meeting as stored; null for a new one. */
  meeting: Pick<Meeting, 'id' | 'name' | 'slug' | 'published' | 'updatedAt' | 'checkedAt'> | null;
  values: MeetingFormValues;
  /** Validation's problems by the form's field names. */
  errors: FieldErrors;
  editable: boolean;
  bodies: readonly Choice[];
  programs: readonly Choice[];
  formats: readonly Choice[];
  timeZones: { us: readonly string[]; other: readonly string[] };
  notice: string | null;
  stale: StaleEdit | null;
  /** The stamp a save starts from: a save by someone else after it is refused. */
  updatedAt: string | null;
}

/** Every field's label, for the summary of errors and for the message beside each field. */
export function meetingFieldLabels(text: MeetingText): Record<string, string> {
  const labels: Record<string, string> = {
    form: text.sectionMeeting,
    name: text.name,
    slug: text.slug,
    program: text.program,
    serviceBodyId: text.serviceBody,
    groupName: text.groupName,
    groupNotes: text.groupNotes,
    worldId: text.worldId,
    categories: text.categories,
    'schedule.weekday': text.weekday,
    'schedule.startTime': text.startTime,
    'schedule.durationMinutes': text.durationMinutes,
    'schedule.timeZone': text.timeZone,
    attendance: text.attendance,
    'venue.name': text.venueName,
    'venue.street': text.street,
    'venue.citySubsection': text.citySubsection,
    'venue.neighborhood': text.neighborhood,
    'venue.city': text.city,
    'venue.county': text.county,
    'venue.state': text.state,
    'venue.postalCode': text.postalCode,
    'venue.country': text.country,
    'venue.latitude': text.latitude,
    'venue.longitude': text.longitude,
    'venue.approximate': text.approximate,
    'venue.notes': text.venueNotes,
    'venue.trainLines': text.trainLines,
    'venue.busLines': text.busLines,
    'online.conferenceUrl': text.conferenceUrl,
    'online.conferenceUrlNotes': text.conferenceUrlNotes,
    'online.conferencePhone': text.conferencePhone,
    'online.conferencePhoneNotes': text.conferencePhoneNotes,
    formats: text.formats,
    languages: text.languages,
    notes: text.notes,
    website: text.website,
    adminNotes: text.adminNotes,
    published: text.publishedField,
  };
  for (let i = 0; i < CONTACT_ROWS; i++) {
    labels[`contacts.${i}.name`] = `${text.contact(i + 1)}: ${text.contactName}`;
    labels[`contacts.${i}.email`] = `${text.contact(i + 1)}: ${text.contactEmail}`;
    labels[`contacts.${i}.phone`] = `${text.contact(i + 1)}: ${text.contactPhone}`;
  }
  return labels;
}

interface Ctx {
  values: MeetingFormValues;
  /** Each message led by its field's label, as it reads beside the field. */
  shown: FieldErrors;
  labels: Record<string, string>;
}

type InputType = 'text' | 'number' | 'url' | 'email' | 'tel' | 'time';

function Text({
  ctx,
  name,
  type = 'text',
  hint,
  label,
  ...rest
}: { ctx: Ctx; name: string; type?: InputType; hint?: string; label?: string } & Record<string, unknown>) {
  return (
    <Field name={name} label={label ?? ctx.labels[name] ?? name} hint={hint} errors={ctx.shown}>
      <input
        {...({
          type,
          value: ctx.values.fields[name] ?? '',
          ...rest,
          ...fieldAttributes(name, ctx.shown, hint),
        } as InputHTMLAttributes)}
      />
    </Field>
  );
}

function Area({ ctx, name, hint }: { ctx: Ctx; name: string; hint?: string }) {
  return (
    <Field name={name} label={ctx.labels[name] ?? name} hint={hint} errors={ctx.shown}>
      <textarea {...fieldAttributes(name, ctx.shown, hint)}>{ctx.values.fields[name] ?? ''}</textarea>
    </Field>
  );
}

function Select({ ctx, name, choices, hint }: { ctx: Ctx; name: string; choices: readonly Choice[]; hint?: string }) {
  const value = ctx.values.fields[name] ?? '';
  return (
    <Field name={name} label={ctx.labels[name] ?? name} hint={hint} errors={ctx.shown}>
      <select {...fieldAttributes(name, ctx.shown, hint)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value} selected={c.value === value}>
            {c.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

function Checkbox({ ctx, name }: { ctx: Ctx; name: string }) {
  const attrs = fieldAttributes(name, ctx.shown);
  return (
    <div class="field field-check">
      <input type="checkbox" value="on" checked={(ctx.values.fields[name] ?? '') !== ''} {...attrs} />
      <label for={name}>{ctx.labels[name]}</label>
      {ctx.shown[name] && (
        <p class="field-error" id={`${name}-error`}>
          {ctx.shown[name]}
        </p>
      )}
    </div>
  );
}

/** A group of checkboxes (formats, categories): one legend, one error for the whole group. */
function Checkboxes({ ctx, name, choices, checked }: { ctx: Ctx; name: string; choices: readonly Choice[]; checked: readonly string[] }) {
  const error = ctx.shown[name];
  return (
    <fieldset id={name} class="checkbox-group" aria-describedby={error ? `${name}-error` : undefined} tabIndex={-1}>
      <legend>{ctx.labels[name]}</legend>
      <ul>
        {choices.map((c) => (
          <li key={c.value}>
            <input type="checkbox" id={`${name}-${c.value}`} name={name} value={c.value} checked={checked.includes(c.value)} />
            <label for={`${name}-${c.value}`}>{c.label}</label>
          </li>
        ))}
      </ul>
      {error && (
        <p class="field-error" id={`${name}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

function ZoneSelect({ ctx, timeZones, text }: { ctx: Ctx; timeZones: MeetingFormPageProps['timeZones']; text: MeetingText }) {
  const name = 'schedule.timeZone';
  const value = ctx.values.fields[name] ?? '';
  const known = [...timeZones.us, ...timeZones.other].includes(value);
  return (
    <Field name={name} label={text.timeZone} hint={text.timeZoneHint} errors={ctx.shown}>
      <select {...fieldAttributes(name, ctx.shown, text.timeZoneHint)}>
        <option value="">{text.timeZoneFromMap}</option>
        {!known && value !== '' && (
          <option value={value} selected>
            {value}
          </option>
        )}
        <optgroup label={text.usZones}>
          {timeZones.us.map((zone) => (
            <option key={zone} value={zone} selected={zone === value}>
              {zone}
            </option>
          ))}
        </optgroup>
        <optgroup label={text.otherZones}>
          {timeZones.other.map((zone) => (
            <option key={zone} value={zone} selected={zone === value}>
              {zone}
            </option>
          ))}
        </optgroup>
      </select>
    </Field>
  );
}

function StaleNotice({ stale, text, bodies }: { stale: StaleEdit; text: MeetingText; bodies: readonly Choice[] }) {
  return (
    <div class="form-errors stale-edit" role="alert" tabIndex={-1}>
      <h2>{text.staleTitle}</h2>
      <p>{text.staleText(stale.who, stale.when)}</p>
      {stale.changes.length > 0 && (
        <DiffTable
          diff={stale.changes}
          caption={text.theirChange}
          bodies={new Map(bodies.map((body) => [Number(body.value), body.label]))}
        />
      )}
    </div>
  );
}

/** One button in a form of its own (checked, publish, delete): a plain POST that works without JavaScript. */
function ActionForm({
  admin,
  action,
  label,
  quiet,
  danger,
}: {
  admin: AdminContext;
  action: string;
  label: string;
  quiet?: boolean;
  danger?: boolean;
}) {
  return (
    <form method="post" action={action}>
      <CsrfField admin={admin} />
      <button type="submit" class={danger ? 'button button-danger' : quiet ? 'button button-quiet' : 'button'}>
        {label}
      </button>
    </form>
  );
}

/** The meeting form: new, edit, or read-only for observers; errors sit beside their fields and the input is kept. */
export function MeetingFormPage(props: MeetingFormPageProps) {
  const { admin, meeting, values, errors, editable, notice, stale, updatedAt } = props;
  const text = messages().admin.meetings;
  const common = messages().admin.common;
  const labels = meetingFieldLabels(text);
  const shown: FieldErrors = {};
  for (const [name, message] of Object.entries(errors)) if (message) shown[name] = `${labels[name] ?? name} ${message}`;
  const ctx: Ctx = { values, shown, labels };
  const title = meeting === null ? text.newTitle : editable ? text.editTitle(meeting.name) : text.viewTitle(meeting.name);
  const action = meeting === null ? '/admin/meetings' : `/admin/meetings/${meeting.id}`;
  const days: Choice[] = WEEKDAYS.map((d) => ({ value: String(d), label: dayName(d) }));
  const ways: Choice[] = ATTENDANCE.map((a) => ({ value: a, label: attendanceText(a) }));
  const categories: Choice[] = CHALLENGE_CATEGORIES.map((c) => ({ value: c, label: messages().challenges[c].name }));
  const saveButton = (
    <button type="submit" name="action" value="save">
      {meeting === null ? text.create : text.save}
    </button>
  );
  return (
    <AdminLayout admin={admin} title={title}>
      <p>
        <a href="/admin/meetings">{text.backToList}</a>
      </p>
      <h1>{title}</h1>
      {meeting !== null && (
        <p>
          {meeting.checkedAt ? text.lastChecked(meeting.checkedAt.slice(0, 10)) : text.neverChecked}{' '}
          {text.lastUpdated(meeting.updatedAt.slice(0, 16).replace('T', ' '))}{' '}
          {meeting.published && <a href={`/meetings/${meeting.slug}`}>{text.publicPage}</a>}
        </p>
      )}
      {!editable && <p class="notice">{text.readOnly}</p>}
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {stale && <StaleNotice stale={stale} text={text} bodies={props.bodies} />}
      <ErrorSummary errors={errors} labels={labels} heading={common.errorsSummary(Object.keys(errors).length)} />
      {errors['form'] && <p class="field-error">{errors['form']}</p>}
      <form method="post" action={action} class="admin-form meeting-form" novalidate>
        <CsrfField admin={admin} />
        {updatedAt !== null && <input type="hidden" name="_updatedAt" value={updatedAt} />}
        {editable && <div class="admin-actions">{saveButton}</div>}
        <fieldset disabled={!editable}>
          <fieldset>
            <legend>{text.sectionMeeting}</legend>
            <Text ctx={ctx} name="name" required />
            <Select ctx={ctx} name="serviceBodyId" choices={props.bodies} />
            <Select ctx={ctx} name="program" choices={props.programs} />
            <Checkboxes ctx={ctx} name="categories" choices={categories} checked={values.categories} />
            <Text ctx={ctx} name="groupName" />
            <Area ctx={ctx} name="groupNotes" />
            <Text ctx={ctx} name="worldId" />
            {meeting !== null && <Text ctx={ctx} name="slug" hint={text.slugHint} />}
          </fieldset>
          <fieldset>
            <legend>{text.sectionSchedule}</legend>
            <Select ctx={ctx} name="schedule.weekday" choices={days} />
            <Text ctx={ctx} name="schedule.startTime" type="time" hint={text.startTimeHint} />
            <Text ctx={ctx} name="schedule.durationMinutes" type="number" min="1" max="1440" />
            <ZoneSelect ctx={ctx} timeZones={props.timeZones} text={text} />
          </fieldset>
          <fieldset>
            <legend>{text.sectionPlace}</legend>
            <Select ctx={ctx} name="attendance" choices={ways} />
            <Text ctx={ctx} name="venue.name" />
            <Text ctx={ctx} name="venue.street" autocomplete="off" />
            <Text ctx={ctx} name="venue.city" />
            <Text ctx={ctx} name="venue.state" hint={text.stateHint} />
            <Text ctx={ctx} name="venue.postalCode" inputmode="numeric" />
            <Text ctx={ctx} name="venue.country" hint={text.countryHint} />
            <Text ctx={ctx} name="venue.county" />
            <Text ctx={ctx} name="venue.neighborhood" />
            <Text ctx={ctx} name="venue.citySubsection" />
            {editable && (
              <div class="geocode">
                <p class="hint" id="geocode-hint">
                  {text.findHint}
                </p>
                <button type="submit" name="action" value="geocode" class="button button-quiet" aria-describedby="geocode-hint">
                  {text.findOnMap}
                </button>
              </div>
            )}
            <div class="coordinates" data-map-pin="">
              <Text ctx={ctx} name="venue.latitude" type="number" step="any" min="-90" max="90" />
              <Text ctx={ctx} name="venue.longitude" type="number" step="any" min="-180" max="180" />
            </div>
            {editable && (
              <div
                class="admin-map-box"
                data-admin-map=""
                data-tiles={admin.page.site.mapTiles.url}
                data-attribution={admin.page.site.mapTiles.attribution}
                data-hide-label={text.hideMap}
              >
                <p class="hint" id="map-hint" hidden>
                  {text.mapHint}
                </p>
                <button type="button" class="button button-quiet" data-show-map="" hidden aria-describedby="map-hint">
                  {text.showMap}
                </button>
                <div id="admin-map-canvas" class="admin-map" data-map-canvas="" role="region" aria-label={text.mapLabel} hidden />
                <ClientScript name="admin-map" />
              </div>
            )}
            <Checkbox ctx={ctx} name="venue.approximate" />
            <Area ctx={ctx} name="venue.notes" />
            <Text ctx={ctx} name="venue.trainLines" />
            <Text ctx={ctx} name="venue.busLines" />
          </fieldset>
          <fieldset>
            <legend>{text.sectionOnline}</legend>
            <Text ctx={ctx} name="online.conferenceUrl" type="url" />
            <Area ctx={ctx} name="online.conferenceUrlNotes" />
            <Text ctx={ctx} name="online.conferencePhone" type="tel" />
            <Area ctx={ctx} name="online.conferencePhoneNotes" />
          </fieldset>
          <fieldset>
            <legend>{text.sectionFormats}</legend>
            <Checkboxes ctx={ctx} name="formats" choices={props.formats} checked={values.formats} />
            <Text ctx={ctx} name="languages" hint={text.languagesHint} />
            <Area ctx={ctx} name="notes" />
            <Text ctx={ctx} name="website" type="url" />
          </fieldset>
          <fieldset>
            <legend>{text.sectionPrivate}</legend>
            {Array.from({ length: CONTACT_ROWS }, (_, i) => (
              <fieldset key={i} class="contact-row">
                <legend>{text.contact(i + 1)}</legend>
                <Text ctx={ctx} name={`contacts.${i}.name`} label={text.contactName} />
                <Text ctx={ctx} name={`contacts.${i}.email`} type="email" label={text.contactEmail} />
                <Text ctx={ctx} name={`contacts.${i}.phone`} type="tel" label={text.contactPhone} />
              </fieldset>
            ))}
            <Area ctx={ctx} name="adminNotes" />
          </fieldset>
          <fieldset>
            <legend>{text.sectionPublishing}</legend>
            <Checkbox ctx={ctx} name="published" />
          </fieldset>
        </fieldset>
        {editable && (
          <div class="admin-actions">
            {saveButton}
            {meeting !== null && (
              <button type="submit" formaction={`/admin/meetings/${meeting.id}/copy`} class="button button-quiet">
                {text.saveAsCopy}
              </button>
            )}
          </div>
        )}
      </form>
      {editable && meeting !== null && (
        <div class="admin-actions">
          <ActionForm admin={admin} action={`/admin/meetings/${meeting.id}/checked`} label={text.stillRight} quiet />
          <ActionForm
            admin={admin}
            action={`/admin/meetings/${meeting.id}/${meeting.published ? 'unpublish' : 'publish'}`}
            label={meeting.published ? text.unpublish : text.publish}
            quiet
          />
          <ActionForm admin={admin} action={`/admin/meetings/${meeting.id}/delete`} label={text.delete} danger />
        </div>
      )}
    </AdminLayout>
  );
}
