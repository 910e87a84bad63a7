import type { FieldChange, ImportPlan, PlannedBody, PlannedMeeting } from '../../domain/import-plan.js';
import { WEEKDAY_NAMES } from '../../domain/weekday.js';

/** A value of a diff as the command line shows it: text quoted, nothing as "(empty)". */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '(empty)';
  return JSON.stringify(value);
}

function meetingLine(meeting: PlannedMeeting): string {
  const id = [meeting.externalId === null ? null : `id ${meeting.externalId}`, meeting.id === null ? null : `#${meeting.id}`]
    .filter(Boolean)
    .join(' ');
  const day = WEEKDAY_NAMES[meeting.weekday] ?? String(meeting.weekday);
  const when = [`${day} ${meeting.startTime}`, meeting.city].filter(Boolean).join(', ');
  return `${id ? `${id}: ` : ''}"${meeting.name}", ${when}`;
}

function bodyLine(body: PlannedBody): string {
  return `"${body.name}"${body.externalId === null ? '' : ` (id ${body.externalId})`}`;
}

function diffLines(changes: readonly FieldChange[]): string[] {
  return changes.map((c) => `      ${c.field}: ${showValue(c.before)} → ${showValue(c.after)}`);
}

/** The plan of a preview as lines: every meeting added, changed (with its fields) and removed, then bodies and formats. */
export function describePlan(plan: ImportPlan): string[] {
  const lines: string[] = [];
  for (const meeting of plan.added) lines.push(`  added ${meetingLine(meeting)}`);
  for (const { meeting, changes } of plan.changed) lines.push(`  changed ${meetingLine(meeting)}`, ...diffLines(changes));
  for (const meeting of plan.removed) lines.push(`  removed ${meetingLine(meeting)}`);
  const bodies = plan.serviceBodies;
  for (const body of bodies.added) lines.push(`  service body added ${bodyLine(body)}`);
  for (const { body, changes } of bodies.changed) lines.push(`  service body changed ${bodyLine(body)}`, ...diffLines(changes));
  for (const body of bodies.removed) lines.push(`  service body removed ${bodyLine(body)}`);
  for (const format of plan.formats.added) lines.push(`  format added ${format.code} "${format.name}"`);
  return lines;
}
