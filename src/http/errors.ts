import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ValidationError } from '../domain/problem.js';
import { QueryError } from '../domain/query-params.js';

/** The body of every 4xx answer: what went wrong, which parameter, and what is accepted. */
export interface ApiError {
  error: string;
  parameter?: string;
  message: string;
}

function parameterOf(error: FastifyError): string | undefined {
  const first = error.validation?.[0];
  if (!first) return undefined;
  const { missingProperty, additionalProperty } = first.params as { missingProperty?: unknown; additionalProperty?: unknown };
  if (typeof missingProperty === 'string') return missingProperty;
  if (typeof additionalProperty === 'string') return additionalProperty;
  const path = first.instancePath.replace(/^\//, '').replace(/\//g, '.');
  return path || undefined;
}

/** The check's message, or the schema's description of what is accepted when it has one. */
function describeFailure(error: FastifyError): string {
  const first = error.validation?.[0];
  if (!first) return error.message;
  if (first.keyword === 'additionalProperties') return 'is not a parameter this takes';
  const accepted = (first as { parentSchema?: { description?: unknown } }).parentSchema?.description;
  return typeof accepted === 'string' ? `must be ${accepted}` : (first.message ?? error.message);
}

/** An unknown parameter's name is the client's own text: echo no more of it than a real name could be. */
function clip(name: string): string {
  return name.length > 100 ? `${name.slice(0, 100)}…` : name;
}

export interface ErrorHandlingOptions {
  /** For a person following a stale link: whether to answer with a page, and the page. */
  notFoundPage?: { wants: (request: FastifyRequest) => boolean; send: (request: FastifyRequest, reply: FastifyReply) => FastifyReply };
}

/**
 * Turns every failure into JSON: schema failures and domain validation into 400s that name
 * the parameter, unknown routes into 404s, and anything unexpected into a 500 that reveals
 * nothing of the server's insides (the detail goes to the log).
 */
export const errorHandling = fp<ErrorHandlingOptions>(
  (app, { notFoundPage: page }, done) => {
    app.setErrorHandler((error: FastifyError | QueryError, request, reply) => {
      if (error instanceof QueryError) {
        const body = { error: 'invalid_parameter', parameter: clip(error.parameter), message: error.message };
        return reply.status(400).send(error.suggestions.length > 0 ? { ...body, suggestions: error.suggestions } : body);
      }
      if (error.validation) {
        const name = parameterOf(error);
        const parameter = name === undefined ? undefined : clip(name);
        const message = describeFailure(error);
        const body: ApiError = { error: 'invalid_parameter', message: parameter ? `${parameter} ${message}` : message };
        if (parameter) body.parameter = parameter;
        return reply.status(400).send(body);
      }
      if (error instanceof ValidationError) {
        const first = error.problems[0];
        const body: ApiError = { error: 'invalid_input', message: error.message };
        if (first) body.parameter = first.field;
        return reply.status(400).send({ ...body, problems: error.problems });
      }
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        return reply.status(status).send({ error: error.code || 'bad_request', message: error.message } satisfies ApiError);
      }
      request.log.error({ err: error }, 'request failed');
      return reply
        .status(500)
        .send({ error: 'internal', message: 'Something went wrong on our side. Please try again.' } satisfies ApiError);
    });

    app.setNotFoundHandler((request, reply) => {
      // A person following a stale link gets a page with a search box, not JSON.
      if (page?.wants(request)) return page.send(request, reply);
      return reply
        .status(404)
        .send({ error: 'not_found', message: `No such page: ${request.method} ${request.url.split('?')[0] ?? ''}` } satisfies ApiError);
    });
    done();
  },
  { name: 'openrooms-errors', fastify: '5.x' },
);
