import type { FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { localTime } from '../../../domain/occurrence.js';
import type { MeetingDetail, SearchService } from '../../../search/service.js';
import { backToResultsHref } from '../../../web/back-to-results.js';
import type { CorrectionFormState } from '../../../web/components/correction-forms.js';
import { pageFormats } from '../../../web/page-formats.js';
import { MeetingPage } from '../../../web/pages/meeting.js';
import { rawQuery } from '../../raw-query.js';
import { siteOrigin } from '../feeds/site.js';

/** The search a meeting page was opened from: its `back` parameter, once (a repeated one is not a link of ours). */
function backOf(request: FastifyRequest): string | null {
  const back = rawQuery(request)['back'];
  return typeof back === 'string' ? backToResultsHref(back) : null;
}

/** A meeting's page as of `now`: what GET /meetings/:slug shows, and a refused correction shows again. */
export function meetingPage(
  request: FastifyRequest,
  search: SearchService,
  found: MeetingDetail,
  now: number,
  extra: { correction?: CorrectionFormState | null; suggested?: boolean; tooMany?: boolean } = {},
): VNode {
  const { meeting, occurrence, serviceBody, program } = found;
  const { schedule } = meeting;
  const context = request.pageContext();
  const { viewerZone } = context;
  const formats = pageFormats(search.formats());
  return (
    <MeetingPage
      context={context}
      meeting={meeting}
      now={now}
      next={{
        start: occurrence.start,
        inProgress: occurrence.inProgress,
        meeting: localTime(occurrence.start, schedule.timeZone),
        viewer: viewerZone === null ? null : localTime(occurrence.start, viewerZone),
      }}
      formats={formats.lookup}
      serviceBody={serviceBody}
      programName={program?.name ?? meeting.program}
      pageUrl={`${siteOrigin(request)}/meetings/${meeting.slug}`}
      backHref={backOf(request)}
      correction={extra.correction ?? null}
      suggested={extra.suggested ?? false}
      tooManyCorrections={extra.tooMany ?? false}
    />
  );
}
