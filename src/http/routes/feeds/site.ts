import type { FastifyRequest } from 'fastify';
import type { PublicMeeting } from '../../../domain/meeting.js';
import type { NumberedFormat } from '../../../domain/format.js';

/**
 * This site's origin as the client reached it. There is no configured public URL yet;
 * answers that embed it are cached per host by any sane cache, since Host is part of the key.
 */
export function siteOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** A meeting's page on this site, absolute, for feeds read elsewhere. */
export function pageUrlFor(request: FastifyRequest): (meeting: Pick<PublicMeeting, 'slug'>) => string {
  const origin = siteOrigin(request);
  return (meeting) => `${origin}/meetings/${encodeURIComponent(meeting.slug)}`;
}

/** English display names of the formats, by code. */
export function formatNames(formats: readonly NumberedFormat[]): (code: string) => string | undefined {
  const names = new Map(formats.map((format) => [format.code, format.text.en.name]));
  return (code) => names.get(code);
}
