import { Type } from '@sinclair/typebox';
import type { FastifyPluginCallback } from 'fastify';

export const healthRoutes: FastifyPluginCallback = (app, _options, done) => {
  app.get('/healthz', { schema: { response: { 200: Type.Object({ status: Type.Literal('ok') }) } } }, (_request, reply) =>
    reply.send({ status: 'ok' as const }),
  );
  done();
};
