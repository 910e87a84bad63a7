import { Type } from '@sinclair/typebox';
import type { FastifyPluginCallback } from 'fastify';
import { FORMAT_TYPES, SITE_LANGUAGES } from '../../../domain/format.js';
import { SERVICE_BODY_TYPES } from '../../../domain/service-body.js';
import type { SearchService } from '../../../search/service.js';
import { cacheFor, MAX_AGE } from '../../cache.js';
import { Nullable } from '../../schemas/nullable.js';

const Text = Type.Object({ name: Type.String(), description: Type.String() });
const NullableText = Nullable(Type.String());

const FormatsSchema = Type.Object({
  formats: Type.Array(
    Type.Object({
      code: Type.String(),
      type: Type.Union(FORMAT_TYPES.map((t) => Type.Literal(t))),
      worldId: NullableText,
      meetingGuideCode: NullableText,
      text: Type.Object(Object.fromEntries(SITE_LANGUAGES.map((l) => [l, Text]))),
    }),
  ),
});

const ServiceBodiesSchema = Type.Object({
  serviceBodies: Type.Array(
    Type.Object({
      id: Type.Integer(),
      parentId: Nullable(Type.Integer()),
      name: Type.String(),
      type: Type.Union(SERVICE_BODY_TYPES.map((t) => Type.Literal(t))),
      description: NullableText,
      website: NullableText,
      helpline: NullableText,
      worldId: NullableText,
      sample: Type.Boolean(),
    }),
  ),
});

export function referenceRoutes(search: SearchService): FastifyPluginCallback {
  return (app, _options, done) => {
    app.get(
      '/api/v1/formats',
      { schema: { summary: 'The meeting formats, in English and Spanish', response: { 200: FormatsSchema } } },
      async (_request, reply) => {
        cacheFor(reply, MAX_AGE.reference);
        return { formats: search.formats() };
      },
    );
    app.get(
      '/api/v1/service-bodies',
      { schema: { summary: 'Service bodies, as a tree by parentId', response: { 200: ServiceBodiesSchema } } },
      async (_request, reply) => {
        cacheFor(reply, MAX_AGE.reference);
        return { serviceBodies: search.serviceBodies() };
      },
    );
    done();
  };
}
