import type { FastifyPluginCallback, FastifyRequest } from 'fastify';
import type { NumberedFormat } from '../../../domain/format.js';
import { actorName, mayManageServer } from '../../../domain/permissions.js';
import type { Program } from '../../../domain/program.js';
import { validateFormatFields, validateProgram } from '../../../domain/reference-validation.js';
import { CodeTakenError } from '../../../store/reference-data.js';
import type { Store } from '../../../store/store.js';
import {
  FormatFormPage,
  FormatsPage,
  ProgramFormPage,
  ProgramsPage,
  type FormatFormValues,
  type ProgramFormValues,
} from '../../../web/admin/pages/formats.js';
import { messages } from '../../../web/i18n/messages.js';
import { actorOfRequest, allowed } from '../../admin/admin-session.js';
import { fieldErrorsOf } from '../../admin/field-problems.js';
import { flash, takeFlash } from '../../admin/flash.js';
import { formList, formText } from '../../admin/form-body.js';
import { notFoundPage } from '../../admin/not-found.js';

type CodeRequest = FastifyRequest<{ Params: { code: string } }>;
const FORMAT_FIELDS = ['code', 'type', 'worldId', 'meetingGuideCode', 'nameEn', 'descriptionEn', 'nameEs', 'descriptionEs'] as const;
/** The domain's nested names for the form's flat ones. */
const FORMAT_RENAME = {
  'text.en.name': 'nameEn',
  'text.en.description': 'descriptionEn',
  'text.es.name': 'nameEs',
  'text.es.description': 'descriptionEs',
};

function formatValues(format: NumberedFormat): FormatFormValues {
  return {
    code: format.code,
    type: format.type,
    worldId: format.worldId ?? '',
    meetingGuideCode: format.meetingGuideCode ?? '',
    nameEn: format.text.en.name,
    descriptionEn: format.text.en.description,
    // Spanish the same as English is the fallback, not a translation: show it empty.
    nameEs: format.text.es.name === format.text.en.name ? '' : format.text.es.name,
    descriptionEs: format.text.es.name === format.text.en.name ? '' : format.text.es.description,
  };
}

function formatRaw(values: FormatFormValues) {
  return {
    code: values.code,
    type: values.type,
    worldId: values.worldId,
    meetingGuideCode: values.meetingGuideCode,
    text: {
      en: { name: values.nameEn, description: values.descriptionEn },
      es: { name: values.nameEs, description: values.descriptionEs },
    },
  };
}

function programValues(body: unknown): ProgramFormValues {
  return {
    code: formText(body, 'code'),
    name: formText(body, 'name'),
    url: formText(body, 'url'),
    categories: formList(body, 'categories'),
  };
}

/** /admin/formats… and /admin/programs…: the server admin's catalogues. */
export function formatRoutes(store: Store): FastifyPluginCallback {
  return (app, _options, done) => {
    const options = { schema: { hide: true }, preHandler: allowed(mayManageServer) };
    const findFormat = async (code: string) => (await store.reference.formats()).find((f) => f.code === code);
    const findProgram = async (code: string) => (await store.reference.programs()).find((p) => p.code === code);

    app.get('/admin/formats', options, async (request, reply) => {
      const formats = await store.reference.formats();
      const notice = takeFlash(request);
      return reply.adminPage((admin) => <FormatsPage admin={admin} formats={formats} notice={notice} />);
    });

    app.get('/admin/formats/new', options, async (_request, reply) => {
      const values = Object.fromEntries(FORMAT_FIELDS.map((f) => [f, ''])) as FormatFormValues;
      values.type = 'meeting_style';
      return reply.adminPage((admin) => <FormatFormPage admin={admin} values={values} errors={{}} notice={null} />);
    });

    app.post('/admin/formats', options, async (request, reply) => {
      const values = Object.fromEntries(FORMAT_FIELDS.map((f) => [f, formText(request.body, f)])) as FormatFormValues;
      const result = validateFormatFields(formatRaw(values));
      const again = (errors: Record<string, string | undefined>) =>
        reply.adminPage((admin) => <FormatFormPage admin={admin} values={values} errors={errors} notice={null} />, 400);
      if (!result.ok) return again(fieldErrorsOf(result.problems, FORMAT_RENAME));
      try {
        const format = await store.reference.createFormat(result.value, actorName(actorOfRequest(request)));
        flash(request, messages().admin.formats.created(format.code));
        return await reply.redirect('/admin/formats', 303);
      } catch (error) {
        if (!(error instanceof CodeTakenError)) throw error;
        return again({ code: messages().admin.formats.codeTaken });
      }
    });

    app.get('/admin/formats/:code', options, async (request: CodeRequest, reply) => {
      const format = await findFormat(request.params.code);
      if (!format) return notFoundPage(reply, 'format');
      const notice = takeFlash(request);
      return reply.adminPage((admin) => (
        <FormatFormPage admin={admin} format={format} values={formatValues(format)} errors={{}} notice={notice} />
      ));
    });

    app.post('/admin/formats/:code', options, async (request: CodeRequest, reply) => {
      const format = await findFormat(request.params.code);
      if (!format) return notFoundPage(reply, 'format');
      const values = Object.fromEntries(FORMAT_FIELDS.map((f) => [f, formText(request.body, f)])) as FormatFormValues;
      // The code is not the form's to change: it and the BMLT number stay as they are.
      values.code = format.code;
      const result = validateFormatFields(formatRaw(values));
      if (!result.ok) {
        const errors = fieldErrorsOf(result.problems, FORMAT_RENAME);
        return reply.adminPage(
          (admin) => <FormatFormPage admin={admin} format={format} values={values} errors={errors} notice={null} />,
          400,
        );
      }
      const { code: _code, ...fields } = result.value;
      await store.reference.updateFormat(format.code, fields, actorName(actorOfRequest(request)));
      flash(request, messages().admin.formats.saved(format.code));
      return reply.redirect(`/admin/formats/${encodeURIComponent(format.code)}`, 303);
    });

    app.get('/admin/programs', options, async (request, reply) => {
      const programs = await store.reference.programs();
      const notice = takeFlash(request);
      return reply.adminPage((admin) => <ProgramsPage admin={admin} programs={programs} notice={notice} />);
    });

    app.get('/admin/programs/new', options, async (_request, reply) => {
      const values: ProgramFormValues = { code: '', name: '', url: '', categories: [] };
      return reply.adminPage((admin) => <ProgramFormPage admin={admin} values={values} errors={{}} notice={null} />);
    });

    app.post('/admin/programs', options, async (request, reply) => {
      const values = programValues(request.body);
      const result = validateProgram(values);
      const again = (errors: Record<string, string | undefined>) =>
        reply.adminPage((admin) => <ProgramFormPage admin={admin} values={values} errors={errors} notice={null} />, 400);
      if (!result.ok) return again(fieldErrorsOf(result.problems));
      try {
        const program = await store.reference.createProgram(result.value, actorName(actorOfRequest(request)));
        flash(request, messages().admin.programs.created(program.code));
        return await reply.redirect('/admin/programs', 303);
      } catch (error) {
        if (!(error instanceof CodeTakenError)) throw error;
        return again({ code: messages().admin.programs.codeTaken });
      }
    });

    app.get('/admin/programs/:code', options, async (request: CodeRequest, reply) => {
      const program = await findProgram(request.params.code);
      if (!program) return notFoundPage(reply, 'program');
      const values: ProgramFormValues = { code: program.code, name: program.name, url: program.url ?? '', categories: program.categories };
      const notice = takeFlash(request);
      return reply.adminPage((admin) => <ProgramFormPage admin={admin} program={program} values={values} errors={{}} notice={notice} />);
    });

    app.post('/admin/programs/:code', options, async (request: CodeRequest, reply) => {
      const program: Program | undefined = await findProgram(request.params.code);
      if (!program) return notFoundPage(reply, 'program');
      const values = { ...programValues(request.body), code: program.code };
      const result = validateProgram(values);
      if (!result.ok) {
        const errors = fieldErrorsOf(result.problems);
        return reply.adminPage(
          (admin) => <ProgramFormPage admin={admin} program={program} values={values} errors={errors} notice={null} />,
          400,
        );
      }
      const { code: _code, ...fields } = result.value;
      await store.reference.updateProgram(program.code, fields, actorName(actorOfRequest(request)));
      flash(request, messages().admin.programs.saved(program.code));
      return reply.redirect(`/admin/programs/${encodeURIComponent(program.code)}`, 303);
    });
    done();
  };
}
