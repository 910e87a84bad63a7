import { CHALLENGE_CATEGORIES } from '../../../domain/challenge.js';
import { FORMAT_TYPES, type NumberedFormat } from '../../../domain/format.js';
import type { Program } from '../../../domain/program.js';
import { messages } from '../../i18n/messages.js';
import type { AdminContext } from '../admin-context.js';
import { AdminLayout } from '../components/admin-layout.js';
import { CsrfField } from '../components/csrf-field.js';
import { ErrorSummary, Field, fieldAttributes, type FieldErrors } from '../components/field.js';
import { Notice } from '../components/notice.js';

export function FormatsPage({
  admin,
  formats,
  notice,
}: {
  admin: AdminContext;
  formats: readonly NumberedFormat[];
  notice: string | null;
}) {
  const text = messages().admin.formats;
  return (
    <AdminLayout admin={admin} title={text.title}>
      <h1>{text.heading}</h1>
      <Notice notice={notice} />
      <p>{text.intro}</p>
      <p>
        <a class="button" href="/admin/formats/new">
          {text.add}
        </a>
      </p>
      <table class="admin-table">
        <thead>
          <tr>
            <th scope="col">{text.code}</th>
            <th scope="col">{text.number}</th>
            <th scope="col">{text.nameEn}</th>
            <th scope="col">{text.type}</th>
            <th scope="col">{text.source}</th>
          </tr>
        </thead>
        <tbody>
          {formats.map((format) => (
            <tr key={format.code}>
              <td>
                <a href={`/admin/formats/${encodeURIComponent(format.code)}`}>{format.code}</a>
              </td>
              <td>{format.id}</td>
              <td>{format.text.en.name}</td>
              <td>{text.types[format.type] ?? format.type}</td>
              <td>{format.source ?? text.catalogue}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminLayout>
  );
}

export type FormatFormValues = Record<
  'code' | 'type' | 'worldId' | 'meetingGuideCode' | 'nameEn' | 'descriptionEn' | 'nameEs' | 'descriptionEs',
  string
>;

export function FormatFormPage({
  admin,
  format,
  values,
  errors,
  notice,
}: {
  admin: AdminContext;
  format?: NumberedFormat;
  values: FormatFormValues;
  errors: FieldErrors;
  notice: string | null;
}) {
  const text = messages().admin.formats;
  const common = messages().admin.common;
  const title = format ? text.editTitle(format.code) : text.newTitle;
  const input = (name: keyof FormatFormValues, hint?: string) => (
    <Field name={name} label={text.labels[name] ?? name} errors={errors} {...(hint ? { hint } : {})}>
      <input type="text" autocomplete="off" value={values[name]} {...fieldAttributes(name, errors, hint)} />
    </Field>
  );
  const area = (name: keyof FormatFormValues) => (
    <Field name={name} label={text.labels[name] ?? name} errors={errors}>
      <textarea {...fieldAttributes(name, errors)}>{values[name]}</textarea>
    </Field>
  );
  return (
    <AdminLayout admin={admin} title={title}>
      <p>
        <a href="/admin/formats">{text.title}</a>
      </p>
      <h1>{title}</h1>
      <Notice notice={notice} />
      <ErrorSummary errors={errors} labels={text.labels} heading={common.errorsSummary(Object.keys(errors).length)} />
      <form
        method="post"
        action={format ? `/admin/formats/${encodeURIComponent(format.code)}` : '/admin/formats'}
        class="admin-form"
        novalidate
      >
        <CsrfField admin={admin} />
        {format ? (
          <p>
            {text.code}: <strong>{format.code}</strong> · {text.number}: <strong>{format.id}</strong> ({text.numberHint})
          </p>
        ) : (
          input('code', text.codeHint)
        )}
        <Field name="type" label={text.type} errors={errors}>
          <select {...fieldAttributes('type', errors)}>
            {FORMAT_TYPES.map((type) => (
              <option key={type} value={type} selected={values.type === type}>
                {text.types[type] ?? type}
              </option>
            ))}
          </select>
        </Field>
        {input('nameEn')}
        {area('descriptionEn')}
        {input('nameEs', text.nameEsHint)}
        {area('descriptionEs')}
        {input('worldId')}
        {input('meetingGuideCode')}
        <div>
          <button type="submit">{format ? common.save : text.create}</button>
        </div>
      </form>
    </AdminLayout>
  );
}

export function ProgramsPage({ admin, programs, notice }: { admin: AdminContext; programs: readonly Program[]; notice: string | null }) {
  const text = messages().admin.programs;
  return (
    <AdminLayout admin={admin} title={text.title}>
      <h1>{text.heading}</h1>
      <Notice notice={notice} />
      <p>{text.intro}</p>
      <p>
        <a class="button" href="/admin/programs/new">
          {text.add}
        </a>
      </p>
      <table class="admin-table">
        <thead>
          <tr>
            <th scope="col">{text.code}</th>
            <th scope="col">{text.name}</th>
            <th scope="col">{text.categories}</th>
          </tr>
        </thead>
        <tbody>
          {programs.map((program) => (
            <tr key={program.code}>
              <td>
                <a href={`/admin/programs/${encodeURIComponent(program.code)}`}>{program.code}</a>
              </td>
              <td>{program.name}</td>
              <td>{program.categories.map((c) => text.categoryNames[c] ?? c).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </AdminLayout>
  );
}

export interface ProgramFormValues {
  code: string;
  name: string;
  url: string;
  categories: readonly string[];
}

export function ProgramFormPage({
  admin,
  program,
  values,
  errors,
  notice,
}: {
  admin: AdminContext;
  program?: Program;
  values: ProgramFormValues;
  errors: FieldErrors;
  notice: string | null;
}) {
  const text = messages().admin.programs;
  const common = messages().admin.common;
  const title = program ? text.editTitle(program.code) : text.newTitle;
  return (
    <AdminLayout admin={admin} title={title}>
      <p>
        <a href="/admin/programs">{text.title}</a>
      </p>
      <h1>{title}</h1>
      <Notice notice={notice} />
      <ErrorSummary errors={errors} labels={text.labels} heading={common.errorsSummary(Object.keys(errors).length)} />
      <form
        method="post"
        action={program ? `/admin/programs/${encodeURIComponent(program.code)}` : '/admin/programs'}
        class="admin-form"
        novalidate
      >
        <CsrfField admin={admin} />
        {program ? (
          <p>
            {text.code}: <strong>{program.code}</strong>
          </p>
        ) : (
          <Field name="code" label={text.code} hint={text.codeHint} errors={errors}>
            <input type="text" autocomplete="off" value={values.code} {...fieldAttributes('code', errors, text.codeHint)} />
          </Field>
        )}
        <Field name="name" label={text.name} errors={errors}>
          <input type="text" autocomplete="off" value={values.name} {...fieldAttributes('name', errors)} />
        </Field>
        <Field name="url" label={text.url} errors={errors}>
          <input type="text" inputMode="url" autocomplete="off" value={values.url} {...fieldAttributes('url', errors)} />
        </Field>
        <fieldset id="categories" aria-describedby={errors['categories'] ? 'categories-error' : undefined}>
          <legend>{text.categories}</legend>
          {CHALLENGE_CATEGORIES.map((category) => (
            <div key={category} class="check-row">
              <input
                type="checkbox"
                name="categories"
                id={`category-${category}`}
                value={category}
                checked={values.categories.includes(category)}
              />{' '}
              <label for={`category-${category}`} class="inline-label">
                {text.categoryNames[category] ?? category}
              </label>
            </div>
          ))}
          {errors['categories'] && (
            <p class="field-error" id="categories-error">
              {errors['categories']}
            </p>
          )}
        </fieldset>
        <div>
          <button type="submit">{program ? common.save : text.create}</button>
        </div>
      </form>
    </AdminLayout>
  );
}
