import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { checkCorrection, checkDidNotHappen, CORRECTION_FIELDS, type CorrectionFormField } from '../../../domain/correction.js';
import type { SearchService } from '../../../search/service.js';
import type { Store } from '../../../store/store.js';
import { formText } from '../../admin/form-body.js';
import { meetingPage } from './meeting-page.js';

export interface CorrectionLimit {
  /** Requests one address may send in `windowMs`. */
  max: number;
  windowMs: number;
}

/** A visitor fixing a listing sends one or two; a script sends hundreds. */
export const CORRECTION_LIMIT: CorrectionLimit = { max: 5, windowMs: 15 * 60_000 };

const FORM_FIELDS: readonly CorrectionFormField[] = [...CORRECTION_FIELDS, 'message', 'email', 'missedOn'];

type CorrectionRequest = FastifyRequest<{ Params: { idOrSlug: string } }>;

/**
 * POST /meetings/:idOrSlug/corrections: a visitor's correction or "did not happen" report.
 *
 * The public site sets no cookie and keeps no session, so a forged cross-site post carries no
 * authority that this one lacks: anyone may send a suggestion, and nothing is changed until a
 * volunteer applies it. That is why there is no CSRF token here. Spam is kept out by a honeypot
 * field and a rate limit per address (in memory, never logged); the answer sets no cookie.
 */
export function correctionRoutes({ store, search }: { store: Store; search: SearchService }, limit = CORRECTION_LIMIT): FastifyPluginAsync {
  return async (app) => {
    // Registered in this plugin's scope only: no other public route parses a form body or counts requests.
    await app.register(formbody, { bodyLimit: 16 * 1024 });
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        code: 'too_many_requests',
        message: `retry after ${context.after}`,
      }),
    });

    function refusedPage(request: CorrectionRequest, reply: FastifyReply, status: number): FastifyReply {
      const now = search.now();
      const found = search.meeting(request.params.idOrSlug, now);
      if (!found) return reply.notFoundPage('meeting');
      return reply.page(meetingPage(request, search, found, now, { tooMany: true }), { status });
    }

    app.setErrorHandler((error: FastifyError, request: CorrectionRequest, reply) => {
      if (error.statusCode === 429) return refusedPage(request, reply, 429);
      throw error;
    });

    app.post<{ Params: { idOrSlug: string } }>(
      '/meetings/:idOrSlug/corrections',
      { schema: { hide: true }, config: { rateLimit: { max: limit.max, timeWindow: limit.windowMs } } },
      async (request, reply) => {
        const now = search.now();
        const found = search.meeting(request.params.idOrSlug, now);
        if (!found) return reply.notFoundPage('meeting');
        const { meeting } = found;
        const thanks = `/meetings/${meeting.slug}?suggested=1#correct`;
        // Only a bot fills a field nobody can see: it is thanked like anyone, and nothing is kept.
        if (formText(request.body, 'website').trim() !== '') return reply.redirect(thanks, 303);

        const kind = formText(request.body, 'kind') === 'did-not-happen' ? 'did-not-happen' : 'correction';
        const values = Object.fromEntries(FORM_FIELDS.map((field) => [field, formText(request.body, field)]));
        const checked = kind === 'did-not-happen' ? checkDidNotHappen(values) : checkCorrection(values);
        if (!checked.ok) {
          const correction = { kind, values, errors: checked.errors } as const;
          return reply.page(meetingPage(request, search, found, now, { correction }), { status: 400 });
        }
        await store.corrections.add({ ...checked.value, meetingId: meeting.id });
        return reply.redirect(thanks, 303);
      },
    );
  };
}
