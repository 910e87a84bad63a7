import { lastLookedAt, QUALITY_PROBLEMS, type QualityItem, type QualityProblem, type QualityReport } from '../../../domain/data-quality.js';
import type { Actor } from '../../../domain/permissions.js';
import type { ServiceBody } from '../../../domain/service-body.js';
import { dateText } from '../../components/checked-text.js';
import { messages } from '../../i18n/messages.js';
import type { AdminContext } from '../admin-context.js';
import { AdminLayout } from '../components/admin-layout.js';

export interface QualityPageProps {
  admin: AdminContext & { actor: Actor };
  report: QualityReport;
  bodies: readonly Pick<ServiceBody, 'id' | 'name'>[];
}

function MeetingLink({ meeting }: { meeting: QualityItem['meeting'] }) {
  return <a href={`/admin/meetings/${meeting.id}`}>{meeting.name}</a>;
}

/** What the item is about beyond the meeting's name: the other meeting, the link's answer, the last look. */
function Detail({ item }: { item: QualityItem }) {
  const text = messages().admin.quality;
  const source = (m: QualityItem['meeting']) => (m.provenance.source ? text.fromSource(m.provenance.source) : text.byHand);
  if (item.problem === 'duplicate' && item.other) {
    return (
      <>
        {' '}
        ({source(item.meeting)}) {text.sameAs} <MeetingLink meeting={item.other} /> ({source(item.other)})
      </>
    );
  }
  if (item.problem === 'brokenLink' && item.link) {
    const { link } = item;
    return (
      <>
        : <span class="url">{link.url}</span>, {link.status === null ? text.linkError(link.error ?? '') : text.linkStatus(link.status)} (
        {text.checkedAt(dateText(link.checkedAt, 'UTC'))})
      </>
    );
  }
  if (item.problem === 'stale') return <>, {text.lastLooked(dateText(lastLookedAt(item.meeting), item.meeting.schedule.timeZone))}</>;
  return null;
}

function Counts({ report, bodies }: Pick<QualityPageProps, 'report' | 'bodies'>) {
  const text = messages().admin.quality;
  const names = new Map(bodies.map((b) => [b.id, b.name]));
  const rows = [...report.counts.entries()].sort(([a], [b]) => (names.get(a ?? -1) ?? '').localeCompare(names.get(b ?? -1) ?? ''));
  return (
    <div class="table-scroll">
      <table class="admin-table">
        <caption>{text.countsHeading}</caption>
        <thead>
          <tr>
            <th scope="col">{text.body}</th>
            {QUALITY_PROBLEMS.map((problem) => (
              <th scope="col" key={problem}>
                {text.problems[problem]}
              </th>
            ))}
            <th scope="col">{text.total}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([body, counts]) => (
            <tr key={String(body)}>
              <th scope="row">{body === null ? text.noBody : (names.get(body) ?? String(body))}</th>
              {QUALITY_PROBLEMS.map((problem) => (
                <td key={problem}>{counts.get(problem) ?? 0}</td>
              ))}
              <td>{[...counts.values()].reduce((sum, n) => sum + n, 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Section({ problem, items }: { problem: QualityProblem; items: readonly QualityItem[] }) {
  const text = messages().admin.quality;
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`q-${problem}`}>
      <h2 id={`q-${problem}`}>
        {text.problems[problem]} <span class="muted">({text.sectionCount(items.length)})</span>
      </h2>
      <ul class="quality-list" data-problem={problem}>
        {items.map((item, i) => (
          <li key={`${item.meeting.id}-${i}`}>
            <MeetingLink meeting={item.meeting} />
            <Detail item={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** /admin/quality: what may be wrong with the meetings the actor looks after, counted per body. */
export function QualityPage({ admin, report, bodies }: QualityPageProps) {
  const text = messages().admin.quality;
  return (
    <AdminLayout admin={admin} title={text.title}>
      <h1>{text.heading}</h1>
      <p>{text.intro}</p>
      {report.items.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <>
          <Counts report={report} bodies={bodies} />
          {QUALITY_PROBLEMS.map((problem) => (
            <Section key={problem} problem={problem} items={report.items.filter((item) => item.problem === problem)} />
          ))}
        </>
      )}
    </AdminLayout>
  );
}
