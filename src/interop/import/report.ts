import type { ImportPlan } from '../../domain/import-plan.js';
import { describePlan } from './plan-lines.js';
import type { ProgramDecision, SkippedRow } from '../parsed-feed.js';

export interface ImportWarning {
  /** 1-based feed row, or null for a warning about the feed as a whole (a service body). */
  row: number | null;
  externalId: string | null;
  message: string;
}

/** What an import did (or, in a dry run, would do). The same shape for the CLI, JSON and the scheduler. */
export interface ImportReport {
  source: string;
  dryRun: boolean;
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  skipped: SkippedRow[];
  warnings: ImportWarning[];
  serviceBodies: { added: number; changed: number; removed: number };
  /** The program the meetings were given, its name, and why; null for a feed no parser read. */
  program: (ProgramDecision & { name: string }) | null;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function where(row: number | null, externalId: string | null): string {
  const parts = [row === null ? null : `row ${row}`, externalId === null ? null : `id ${externalId}`].filter(Boolean);
  return parts.length > 0 ? `${parts.join(', ')}: ` : '';
}

/**
 * The report as lines a person reads: counts, then (for a preview, given its plan) every
 * meeting added, changed and removed, then every skipped row with its reason.
 */
export function describeReport(report: ImportReport, plan?: ImportPlan): string[] {
  const lines = [
    `${report.dryRun ? 'Dry run (nothing written) for' : 'Imported'} source "${report.source}": ` +
      `${report.added} added, ${report.changed} changed, ${report.unchanged} unchanged, ${report.removed} removed, ` +
      `${plural(report.skipped.length, 'row')} skipped.`,
  ];
  const bodies = report.serviceBodies;
  if (bodies.added + bodies.changed + bodies.removed > 0) {
    lines.push(`Service bodies: ${bodies.added} added, ${bodies.changed} changed, ${bodies.removed} removed.`);
  }
  if (report.program) lines.push(`Program: ${report.program.name} (${report.program.code}): ${report.program.reason}.`);
  if (plan) lines.push(...describePlan(plan));
  lines.push(...describeSkipped(report));
  if (report.warnings.length > 0) lines.push(`${plural(report.warnings.length, 'warning')}:`);
  for (const warning of report.warnings) lines.push(`  ${where(warning.row, warning.externalId)}${warning.message}`);
  return lines;
}

/** One line per skipped row, with its reason. */
export function describeSkipped(report: ImportReport): string[] {
  return report.skipped.map(
    (skip) => `  skipped ${where(skip.row, skip.externalId)}${skip.name === null ? '' : `"${skip.name}": `}${skip.reason}`,
  );
}
