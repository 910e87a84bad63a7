import { ATTENDANCE } from '../../../domain/attendance.js';
import type { PublicMeeting } from '../../../domain/meeting.js';
import type { Actor } from '../../../domain/permissions.js';
import { givenValues, type RawParams } from '../../../domain/raw-params.js';
import { WEEKDAYS } from '../../../domain/weekday.js';
import { attendanceText, clockText, dayName } from '../../components/schedule-text.js';
import { messages } from '../../i18n/messages.js';
import { queryString } from '../../query-string.js';
import type { AdminContext } from '../admin-context.js';
import { AdminLayout } from '../components/admin-layout.js';

export interface MeetingListPageProps {
  admin: AdminContext & { actor: Actor };
  params: RawParams;
  meetings: readonly PublicMeeting[];
  total: number;
  unpublished: number;
  /** The cursor of the next page, or null on the last one. */
  nextCursor: string | null;
  /** The bodies the actor may filter by. */
  bodies: readonly { id: number; name: string }[];
  bodyName: (id: number | null) => string;
  /** A parameter the search could not read, with what it says. */
  problem: { parameter: string; message: string } | null;
  mayCreate: boolean;
  notice: string | null;
}

function first(params: RawParams, name: string): string {
  return givenValues(params, name)[0] ?? '';
}

function placeText(meeting: PublicMeeting): string {
  const text = messages().admin.meetings;
  if (meeting.attendance === 'online') return text.online;
  return [meeting.venue.name, meeting.venue.city, meeting.venue.state].filter(Boolean).join(', ');
}

/** The meetings an actor may see, searched with the public search's parameters; unpublished ones first, marked. */
export function MeetingListPage({
  admin,
  params,
  meetings,
  total,
  unpublished,
  nextCursor,
  bodies,
  bodyName,
  problem,
  mayCreate,
  notice,
}: MeetingListPageProps) {
  const text = messages().admin.meetings;
  const common = messages().admin.common;
  const day = first(params, 'day');
  const attendance = first(params, 'attendance');
  const body = first(params, 'service_body');
  const describe = (name: string) =>
    problem?.parameter === name ? { 'aria-invalid': 'true' as const, 'aria-describedby': 'search-problem' } : {};
  return (
    <AdminLayout admin={admin} title={text.listTitle}>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <h1>{text.listHeading}</h1>
      <p>{text.listIntro}</p>
      {mayCreate && (
        <p>
          <a class="button" href="/admin/meetings/new">
            {text.newMeeting}
          </a>
        </p>
      )}
      <form method="get" action="/admin/meetings" class="admin-filters" role="search">
        <div class="field">
          <label for="q">{text.searchLabel}</label>
          <input type="search" id="q" name="q" value={first(params, 'q')} {...describe('q')} />
        </div>
        <div class="field">
          <label for="day">{text.dayLabel}</label>
          <select id="day" name="day" {...describe('day')}>
            <option value="">{text.anyDay}</option>
            {WEEKDAYS.map((d) => (
              <option key={d} value={String(d)} selected={day === String(d)}>
                {dayName(d)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="attendance">{text.attendanceLabel}</label>
          <select id="attendance" name="attendance" {...describe('attendance')}>
            <option value="">{text.anyAttendance}</option>
            {ATTENDANCE.map((a) => (
              <option key={a} value={a} selected={attendance === a}>
                {attendanceText(a)}
              </option>
            ))}
          </select>
        </div>
        {bodies.length > 1 && (
          <div class="field">
            <label for="service_body">{text.bodyLabel}</label>
            <select id="service_body" name="service_body" {...describe('service_body')}>
              <option value="">{text.anyBody}</option>
              {bodies.map((b) => (
                <option key={b.id} value={String(b.id)} selected={body === String(b.id)}>
                  {b.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="admin-actions">
          <button type="submit">{text.filter}</button>
          <a href="/admin/meetings">{text.clear}</a>
        </div>
      </form>
      {problem && (
        <p class="form-errors" role="alert" id="search-problem">
          {text.searchProblem}: {problem.message}
        </p>
      )}
      <p role="status">
        {text.count(meetings.length, total)} {text.unpublishedCount(unpublished)}
      </p>
      {meetings.length > 0 && (
        <div class="table-scroll">
          <table class="admin-table">
            <thead>
              <tr>
                <th scope="col">{text.columnName}</th>
                <th scope="col">{text.columnWhen}</th>
                <th scope="col">{text.columnWhere}</th>
                <th scope="col">{text.columnBody}</th>
                <th scope="col">{text.columnStatus}</th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((m) => (
                <tr key={m.id} class={m.published ? undefined : 'unpublished'}>
                  <td>
                    <a href={`/admin/meetings/${m.id}`}>{m.name}</a>
                  </td>
                  <td>
                    {dayName(m.schedule.weekday)} {clockText(m.schedule.startTime)}
                  </td>
                  <td>{placeText(m)}</td>
                  <td>{bodyName(m.serviceBodyId)}</td>
                  <td>{m.published ? text.published : <strong class="badge-unpublished">{text.unpublished}</strong>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextCursor !== null && (
        <p>
          <a href={`/admin/meetings${queryString(params, { set: { cursor: [nextCursor] } })}`}>{text.nextPage}</a>
        </p>
      )}
      <p>
        <a href="/admin">{common.back}</a>
      </p>
    </AdminLayout>
  );
}
