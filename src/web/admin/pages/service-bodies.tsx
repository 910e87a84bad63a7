import { SERVICE_BODY_TYPES, type ServiceBody } from '../../../domain/service-body.js';
import { messages } from '../../i18n/messages.js';
import type { AdminContext } from '../admin-context.js';
import { AdminLayout } from '../components/admin-layout.js';
import { CsrfField } from '../components/csrf-field.js';
import { ErrorSummary, Field, fieldAttributes, type FieldErrors } from '../components/field.js';
import { Notice } from '../components/notice.js';

type Body = Pick<ServiceBody, 'id' | 'name' | 'type' | 'parentId'>;

export interface ServiceBodiesPageProps {
  admin: AdminContext;
  bodies: readonly Body[];
  /** The bodies the actor may change (and add below). */
  manages: ReadonlySet<number>;
  /** Whether the actor may add a body at the top. */
  addsTop: boolean;
  notice: string | null;
}

function Branch({ bodies, parentId, manages }: { bodies: readonly Body[]; parentId: number | null; manages: ReadonlySet<number> }) {
  const text = messages().admin.bodies;
  const here = bodies.filter(
    (b) => b.parentId === parentId || (parentId === null && b.parentId !== null && !bodies.some((p) => p.id === b.parentId)),
  );
  if (here.length === 0) return null;
  return (
    <ul class="body-tree">
      {here.map((body) => (
        <li key={body.id}>
          {manages.has(body.id) ? <a href={`/admin/service-bodies/${body.id}`}>{body.name}</a> : <span>{body.name}</span>}{' '}
          <span class="hint">({text.types[body.type] ?? body.type})</span>
          <Branch bodies={bodies} parentId={body.id} manages={manages} />
        </li>
      ))}
    </ul>
  );
}

/** The tree: every body below the one it serves; the actor's own are links to edit. */
export function ServiceBodiesPage({ admin, bodies, manages, addsTop, notice }: ServiceBodiesPageProps) {
  const text = messages().admin.bodies;
  return (
    <AdminLayout admin={admin} title={text.title}>
      <h1>{text.heading}</h1>
      <Notice notice={notice} />
      <p>{text.intro}</p>
      {(addsTop || manages.size > 0) && (
        <p>
          <a class="button" href="/admin/service-bodies/new">
            {text.add}
          </a>
        </p>
      )}
      {bodies.length === 0 ? <p>{text.none}</p> : <Branch bodies={bodies} parentId={null} manages={manages} />}
    </AdminLayout>
  );
}

/** The form's values as typed, or as stored. */
export type ServiceBodyFormValues = Record<
  'name' | 'type' | 'parentId' | 'description' | 'website' | 'helpline' | 'email' | 'worldId',
  string
> & {
  updatedAt: string | null;
};

export interface ServiceBodyFormPageProps {
  admin: AdminContext;
  body?: ServiceBody;
  values: ServiceBodyFormValues;
  errors: FieldErrors;
  /** The parents the actor may choose. */
  parents: readonly Pick<ServiceBody, 'id' | 'name'>[];
  addsTop: boolean;
  mayDelete: boolean;
  problem: string | null;
  notice: string | null;
}

export function ServiceBodyFormPage({
  admin,
  body,
  values,
  errors,
  parents,
  addsTop,
  mayDelete,
  problem,
  notice,
}: ServiceBodyFormPageProps) {
  const text = messages().admin.bodies;
  const common = messages().admin.common;
  const title = body ? text.editTitle(body.name) : text.newTitle;
  const input = (
    name: Exclude<keyof ServiceBodyFormValues, 'updatedAt'>,
    mode: 'text' | 'url' | 'tel' | 'email' = 'text',
    hint?: string,
  ) => (
    <Field name={name} label={text.labels[name] ?? name} errors={errors} {...(hint ? { hint } : {})}>
      <input type="text" inputMode={mode} autocomplete="off" value={values[name]} {...fieldAttributes(name, errors, hint)} />
    </Field>
  );
  return (
    <AdminLayout admin={admin} title={title}>
      <p>
        <a href="/admin/service-bodies">{text.title}</a>
      </p>
      <h1>{title}</h1>
      <Notice notice={notice} problem={problem} />
      <ErrorSummary errors={errors} labels={text.labels} heading={common.errorsSummary(Object.keys(errors).length)} />
      <form method="post" action={body ? `/admin/service-bodies/${body.id}` : '/admin/service-bodies'} class="admin-form" novalidate>
        <CsrfField admin={admin} />
        {values.updatedAt && <input type="hidden" name="updatedAt" value={values.updatedAt} />}
        {input('name')}
        <Field name="type" label={text.type} errors={errors}>
          <select {...fieldAttributes('type', errors)}>
            {SERVICE_BODY_TYPES.map((type) => (
              <option key={type} value={type} selected={values.type === type}>
                {text.types[type] ?? type}
              </option>
            ))}
          </select>
        </Field>
        <Field name="parentId" label={text.parent} hint={text.parentHint} errors={errors}>
          <select {...fieldAttributes('parentId', errors, text.parentHint)}>
            {addsTop && (
              <option value="" selected={values.parentId === ''}>
                {text.top}
              </option>
            )}
            {parents.map((parent) => (
              <option key={parent.id} value={String(parent.id)} selected={values.parentId === String(parent.id)}>
                {parent.name}
              </option>
            ))}
          </select>
        </Field>
        <Field name="description" label={text.description} errors={errors}>
          <textarea {...fieldAttributes('description', errors)}>{values.description}</textarea>
        </Field>
        {input('website', 'url')}
        {input('helpline', 'tel')}
        {input('email', 'email', text.emailHint)}
        {input('worldId', 'text', text.worldIdHint)}
        <div>
          <button type="submit">{body ? common.save : text.create}</button>
        </div>
      </form>
      {body && mayDelete && (
        <form method="post" action={`/admin/service-bodies/${body.id}/delete`} class="admin-actions">
          <CsrfField admin={admin} />
          <button type="submit" class="button button-danger">
            {text.delete}
          </button>
        </form>
      )}
    </AdminLayout>
  );
}
