import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface Session {
    /** What the page after a 303 says happened ("Saved …"); read once. */
    notice?: string;
    /** A token just made, shown once on the page the 303 leads to, then forgotten. */
    newToken?: string;
  }
}

/** Keeps a sentence for the page the redirect leads to. */
export function flash(request: FastifyRequest, notice: string): void {
  request.session.notice = notice;
}

/** The sentence a redirect left, once: a reload does not say it again. */
export function takeFlash(request: FastifyRequest): string | null {
  const notice = request.session.notice ?? null;
  if (notice !== null) delete request.session.notice;
  return notice;
}
