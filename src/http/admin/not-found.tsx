import type { FastifyReply } from 'fastify';
import { AdminMessagePage } from '../../web/admin/pages/message.js';
import { messages } from '../../web/i18n/messages.js';

/** The 404 page of an admin record ("No user has that id"). */
export function notFoundPage(reply: FastifyReply, what: string): FastifyReply {
  const text = messages().admin.common;
  return reply.adminPage((admin) => <AdminMessagePage admin={admin} title={text.notFound(what)} text={text.notFound(what)} />, 404);
}
