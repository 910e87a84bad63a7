import { Type, type FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PublicMeeting } from '../../../domain/meeting.js';
import { QueryError } from '../../../domain/query-params.js';
import { emptyQuery } from '../../../domain/query.js';
import { descendantIds } from '../../../domain/service-body.js';
import { jsonpBody, jsonpCallback } from '../../../interop/bmlt/callback.js';
import { bmltChanges, parseChangesParams, publicSide } from '../../../interop/bmlt/changes.js';
import { bmltFieldKeys, bmltFieldValues, fieldValuesKey } from '../../../interop/bmlt/field-values.js';
import { bmltFormat, formatLanguage, FormatTable, selectFormats } from '../../../interop/bmlt/formats.js';
import { bmltMeeting, type RenderContext } from '../../../interop/bmlt/meeting-object.js';
import { nawsCsv, nawsFileName, nawsRows, type NawsRow } from '../../../interop/bmlt/naws-dump.js';
import { integer, normalizeParams, single, type Params } from '../../../interop/bmlt/params.js';
import { parseSearchParams } from '../../../interop/bmlt/search-params.js';
import { runSearch } from '../../../interop/bmlt/search.js';
import { bmltServerInfo, bmltCoverage, coverage } from '../../../interop/bmlt/server-info.js';
import { bmltServiceBody, selectServiceBodies } from '../../../interop/bmlt/service-bodies.js';
import type { SearchService } from '../../../search/service.js';
import { MIGRATIONS } from '../../../store/migrations/index.js';
import type { Store } from '../../../store/store.js';
import { meetingGuideContext, toMeetingGuide } from '../../../interop/meeting-guide/to-meeting-guide.js';
import { cacheFor, MAX_AGE } from '../../cache.js';
import { rawQuery } from '../../raw-query.js';
import { pageUrlFor, siteOrigin } from '../feeds/site.js';

export interface BmltRoutesOptions {
  store: Store;
  search: SearchService;
}

const FORMATS = ['json', 'jsonp', 'csv', 'tsml'] as const;
type DataFormat = (typeof FORMATS)[number];
const SWITCHERS = [
  'GetSearchResults',
  'GetFormats',
  'GetServiceBodies',
  'GetChanges',
  'GetFieldKeys',
  'GetFieldValues',
  'GetServerInfo',
  'GetCoverageArea',
  'GetNAWSDump',
] as const;
type Switcher = (typeof SWITCHERS)[number];

/** Where this server's BMLT root is, as the client reached it: meetings and formats carry it alike. */
function rootServerUri(request: FastifyRequest): string {
  return `${siteOrigin(request)}/main_server`;
}

function dataFormat(value: string): DataFormat {
  const format = FORMATS.find((f) => f === value);
  if (!format) throw new QueryError('format', `the format in the path must be one of: ${FORMATS.join(', ')}`);
  return format;
}

function switcherOf(params: Params, format: DataFormat): Switcher {
  const value = single(params, 'switcher');
  const switcher = SWITCHERS.find((s) => s === value);
  if (!switcher) throw new QueryError('switcher', `switcher must be one of: ${SWITCHERS.join(', ')}`);
  if (switcher === 'GetNAWSDump' && format !== 'csv') throw new QueryError('format', 'GetNAWSDump is answered in the csv format only');
  if (format === 'csv' && switcher !== 'GetNAWSDump') throw new QueryError('switcher', 'the csv format answers GetNAWSDump only');
  if (format === 'tsml' && switcher !== 'GetSearchResults')
    throw new QueryError('switcher', 'the tsml format answers GetSearchResults only');
  return switcher;
}

/** BMLT's semantic API under /main_server/client_interface/{json|jsonp|csv|tsml}/?switcher=… */
export function bmltRoutes({ store, search }: BmltRoutesOptions): FastifyPluginCallbackTypebox {
  function renderContext(request: FastifyRequest): RenderContext {
    const bodies = search.serviceBodies();
    return {
      formats: new FormatTable(search.formats()),
      serviceBodyNames: new Map(bodies.map((b) => [b.id, b.name])),
      rootServerUri: rootServerUri(request),
    };
  }

  /** Every meeting the index holds, rendered, temporarily closed ones included. */
  function everyMeeting(): PublicMeeting[] {
    return search.find(emptyQuery({ limit: Infinity, sort: 'weekly', includeClosed: true })).hits.map((h) => h.meeting);
  }

  function getSearchResults(params: Params, request: FastifyRequest, format: DataFormat): unknown {
    const context = renderContext(request);
    const plan = parseSearchParams(params, { formats: context.formats.formats, resolvePlace: (text) => search.places.resolve(text) });
    const answer = runSearch(plan, search, context);
    if (format === 'tsml') {
      // BMLT's tsml format: the same search, answered as a Meeting Guide feed.
      const feed = meetingGuideContext({
        formats: context.formats.formats,
        pageUrl: pageUrlFor(request),
        serviceBodies: search.serviceBodies(),
      });
      return answer.records.map((meeting) => toMeetingGuide(meeting, feed));
    }
    const used = context.formats.formats.filter((f) => answer.usedCodes.has(f.code)).sort((a, b) => a.id - b.id);
    const usedFormats = used.map((f) => bmltFormat(f, plan.lang, context.rootServerUri));
    if (plan.shape === 'formats_only') return { formats: usedFormats };
    if (plan.shape === 'with_formats') return { meetings: answer.meetings, formats: usedFormats };
    return answer.meetings;
  }

  function getFormats(params: Params, request: FastifyRequest): unknown {
    const lang = formatLanguage(params);
    const used = new Set<string>();
    for (const meeting of search.meetings()) {
      for (const code of meeting.formats) used.add(code);
      // Rendered with TC, as their meeting objects are.
      if (meeting.attendance === 'temporarily_closed') used.add('TC');
    }
    const uri = rootServerUri(request);
    return selectFormats(params, search.formats(), used).map((f) => bmltFormat(f, lang, uri));
  }

  async function getChanges(params: Params, request: FastifyRequest): Promise<unknown> {
    const wanted = parseChangesParams(params);
    const filter =
      wanted.meetingId === null ? { entityType: 'meeting' as const } : { entityType: 'meeting' as const, entityId: wanted.meetingId };
    const changes = await store.changes.between(wanted.from, wanted.to, filter);
    return bmltChanges(changes, wanted, renderContext(request));
  }

  function getFieldValues(params: Params, request: FastifyRequest): unknown {
    const key = fieldValuesKey(params);
    const context = renderContext(request);
    return bmltFieldValues(
      everyMeeting().map((m) => bmltMeeting(m, null, context)),
      key,
    );
  }

  async function getNawsDump(params: Params, reply: FastifyReply): Promise<string> {
    const bodies = search.serviceBodies();
    const id = integer(params, 'sb_id', 1, 999_999_999_999);
    const body = bodies.find((b) => b.id === id);
    if (id === null || !body) throw new QueryError('sb_id', 'sb_id must be the id of a service body (see GetServiceBodies)');
    const tree = descendantIds(bodies, body.id);
    const live = search
      .find(emptyQuery({ serviceBodies: [body.id], limit: Infinity, sort: 'weekly', includeClosed: true }))
      .hits.map((h): NawsRow => ({ meeting: h.meeting, deleted: false }));
    const present = new Set(live.map((r) => r.meeting.id));
    // The newest deletion of each meeting that is gone, from this body or one below it.
    const deleted = new Map<number, NawsRow>();
    for (const change of await store.changes.between(null, null, { entityType: 'meeting', action: 'delete' })) {
      const meeting = publicSide(change.before);
      if (!meeting || present.has(meeting.id) || deleted.has(meeting.id)) continue;
      if (meeting.serviceBodyId !== null && tree.has(meeting.serviceBodyId)) deleted.set(meeting.id, { meeting, deleted: true });
    }
    const rows = nawsRows([...live, ...deleted.values()], bodies, search.formats());
    void reply.header('content-disposition', `attachment; filename="${nawsFileName(body, new Date())}"`);
    return nawsCsv(rows);
  }

  async function answer(
    switcher: Exclude<Switcher, 'GetNAWSDump'>,
    params: Params,
    request: FastifyRequest,
    format: DataFormat,
  ): Promise<unknown> {
    switch (switcher) {
      case 'GetSearchResults':
        return getSearchResults(params, request, format);
      case 'GetFormats':
        return getFormats(params, request);
      case 'GetServiceBodies':
        return selectServiceBodies(params, search.serviceBodies()).map(bmltServiceBody);
      case 'GetChanges':
        return getChanges(params, request);
      case 'GetFieldKeys':
        return bmltFieldKeys();
      case 'GetFieldValues':
        return getFieldValues(params, request);
      case 'GetServerInfo':
        return bmltServerInfo([...search.meetings()], Object.keys(MIGRATIONS).at(-1) ?? '');
      case 'GetCoverageArea':
        return bmltCoverage(coverage(search.meetings()));
    }
  }

  return (app, _options, done) => {
    app.get(
      '/main_server/client_interface/:format',
      {
        schema: {
          summary: 'BMLT semantic API (json, jsonp, csv for GetNAWSDump, tsml)',
          hide: true,
          params: Type.Object({ format: Type.String() }),
        },
      },
      async (request, reply) => {
        const params = normalizeParams(rawQuery(request));
        const format = dataFormat(request.params.format);
        const switcher = switcherOf(params, format);
        // Checked before any work, so that a bad callback never reaches a script.
        const callback = format === 'jsonp' ? jsonpCallback(params) : null;
        if (switcher === 'GetNAWSDump') {
          const csv = await getNawsDump(params, reply);
          cacheFor(reply, MAX_AGE.search);
          return reply.type('text/csv; charset=utf-8').send(csv);
        }
        const value = await answer(switcher, params, request, format);
        const reference = switcher === 'GetFormats' || switcher === 'GetServiceBodies' || switcher === 'GetFieldKeys';
        cacheFor(reply, reference ? MAX_AGE.reference : MAX_AGE.search);
        if (callback !== null) return reply.type('application/javascript; charset=utf-8').send(jsonpBody(callback, value));
        return reply.type('application/json; charset=utf-8').send(JSON.stringify(value));
      },
    );
    done();
  };
}
