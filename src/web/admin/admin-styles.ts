import { createHash } from 'node:crypto';

/**
 * What the admin pages add to the site's stylesheet: forms with their errors beside each field,
 * tables of meetings and changes, and diffs. Only volunteers load it; visitors never do.
 */
export const ADMIN_CSS = `
.admin-bar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1rem; max-width: 72rem; margin: 0 auto; padding: 0.5rem 1rem; border-bottom: 1px solid var(--line); }
.admin-bar nav ul { display: flex; flex-wrap: wrap; gap: 0 1rem; list-style: none; margin: 0; padding: 0; }
.admin-bar nav a, .admin-bar button { display: inline-flex; align-items: center; min-height: 44px; }
.admin-bar [aria-current="page"] { font-weight: 700; }
/* On a phone the sections are one line that scrolls sideways, as the public nav: the page's own content starts on the first screen. */
@media (max-width: 40rem) {
  .admin-bar nav { flex: 1 1 100%; overflow-x: auto; }
  .admin-bar nav ul { flex-wrap: nowrap; gap: 0 0.75rem; white-space: nowrap; }
  .admin-filters .field, .admin-filters select, .admin-filters input { max-width: 100%; min-width: 0; }
}
.admin-who { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem; margin: 0; }
.admin-main { max-width: 72rem; }
.admin-form { display: grid; gap: 1rem; max-width: 40rem; }
.admin-form label, .admin-form legend { font-weight: 600; display: block; }
.admin-form input:not([type=checkbox]):not([type=radio]), .admin-form select, .admin-form textarea { width: 100%; min-height: 44px; padding: 0.4rem 0.5rem; font: inherit; border: 1px solid var(--muted); border-radius: 4px; background: var(--bg); color: var(--fg); }
.admin-form textarea { min-height: 6rem; }
.admin-form .hint { color: var(--muted); font-size: 0.9375rem; margin: 0.15rem 0 0; }
.field-error { color: #a4001d; font-weight: 600; margin: 0.25rem 0 0; }
@media (prefers-color-scheme: dark) { .field-error { color: #ff9aa8; } }
[aria-invalid="true"] { border-color: #a4001d !important; border-width: 2px !important; }
.form-errors { border: 2px solid #a4001d; border-radius: 6px; padding: 0.5rem 1rem; margin: 0 0 1rem; }
.notice { border-left: 4px solid var(--ok); background: var(--soft); padding: 0.5rem 1rem; margin: 0 0 1rem; }
.button, .admin-form button, .admin-actions button { min-height: 44px; padding: 0.4rem 1rem; font: inherit; border-radius: 4px; border: 1px solid var(--accent); background: var(--accent); color: var(--accent-fg); cursor: pointer; }
.button-quiet { background: transparent; color: var(--accent); }
.button-danger { background: #a4001d; border-color: #a4001d; color: #fff; }
.admin-actions { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin: 1rem 0; }
.admin-actions form { margin: 0; }
.admin-table { width: 100%; border-collapse: collapse; font-size: 0.9375rem; }
.admin-table th, .admin-table td { text-align: left; vertical-align: top; padding: 0.4rem 0.5rem; border-bottom: 1px solid var(--line); }
.admin-table th { background: var(--soft); }
.diff { width: 100%; border-collapse: collapse; font-size: 0.9375rem; }
.diff th, .diff td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
.diff del { background: #ffe3e6; color: #5c0011; text-decoration: line-through; }
.diff ins { background: #dcf5e3; color: #0b3d1c; text-decoration: none; }
@media (prefers-color-scheme: dark) { .diff del { background: #4a1019; color: #ffd6dc; } .diff ins { background: #0f3a1f; color: #d2f7dd; } }
/* Import sources and the import preview */
.table-scroll { overflow-x: auto; }
.source-url { overflow-wrap: anywhere; max-width: 20rem; }
.source-error { color: #a4001d; }
@media (prefers-color-scheme: dark) { .source-error { color: #ff9aa8; } }
.source-status { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 1.5rem; }
.source-status dt { font-weight: 600; }
.source-status dd { margin: 0; overflow-wrap: anywhere; }
.admin-form .inline-label { display: inline; }
.admin-form input[type=checkbox] { width: 1.25rem; height: 1.25rem; vertical-align: middle; }
.import-change { margin: 0 0 1.5rem; }
.import-change h3 { font-size: 1.0625rem; margin: 0 0 0.5rem; }
.import-when { font-weight: 400; color: var(--muted); }
/* History, deleted meetings and bulk edit */
.history-filters { grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); max-width: none; align-items: end; }
.history-batch { list-style: none; padding: 0; }
.history-batch > li { margin: 0.75rem 0; }
.history details summary { cursor: pointer; min-height: 44px; display: flex; align-items: center; }
.diff del + ins, .diff ins + del { margin-left: 0.25rem; }
.versions > li { margin: 0 0 1.5rem; }
.bulk-all { display: flex; align-items: center; gap: 0.5rem; min-height: 44px; }
.bulk-preview { border: 2px solid var(--accent); border-radius: 6px; padding: 0.5rem 1rem; margin: 0 0 1rem; }
/* Meetings: the list, its filters, and the meeting form. */
.admin-filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: flex-end; margin: 1rem 0; }
.admin-filters .field { display: grid; gap: 0.2rem; }
.admin-filters input, .admin-filters select { min-height: 44px; padding: 0.4rem 0.5rem; font: inherit; border: 1px solid var(--muted); border-radius: 4px; background: var(--bg); color: var(--fg); }
.admin-filters label { font-weight: 600; }
.table-scroll { overflow-x: auto; }
.admin-table tr.unpublished td { background: var(--soft); }
.badge-unpublished { font-weight: 700; }
.meeting-form fieldset { border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 1rem; margin: 0; display: grid; gap: 1rem; min-width: 0; }
.meeting-form > fieldset { border: 0; padding: 0; }
.meeting-form legend { font-weight: 700; padding: 0 0.25rem; }
.meeting-form .checkbox-group ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0.25rem 1rem; }
.meeting-form .checkbox-group li, .meeting-form .field-check { display: flex; gap: 0.5rem; align-items: flex-start; }
.meeting-form .checkbox-group label, .meeting-form .field-check label { font-weight: 400; }
.meeting-form input[type=checkbox] { width: 1.25rem; height: 1.25rem; margin-top: 0.15rem; flex: none; }
.meeting-form .field-check { flex-wrap: wrap; }
.meeting-form .coordinates { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 1rem; }
.meeting-form .admin-map { height: 20rem; border: 1px solid var(--line); border-radius: 6px; }
.stale-edit h2 { margin-top: 0.5rem; }
/* Reference: service bodies, formats, programs, users, API tokens */
.admin-form fieldset { border: 1px solid var(--line); border-radius: 4px; padding: 0.5rem 1rem; margin: 0; }
.admin-form .check-row { display: flex; align-items: center; gap: 0.5rem; min-height: 44px; }
.admin-form fieldset input[type=checkbox] { width: 1.25rem; height: 1.25rem; }
.admin-form .inline-label { display: inline; font-weight: 400; }
.body-tree { list-style: none; padding-left: 1.25rem; border-left: 1px solid var(--line); }
.body-tree li { margin: 0.35rem 0; }
.body-tree a { display: inline-flex; align-items: center; min-height: 44px; }
.token-once { width: 100%; font-family: ui-monospace, monospace; font-size: 1rem; padding: 0.4rem 0.5rem; }
/* --- corrections and data quality (issue 12 §7, §8) --- */
.correction-queue { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; }
.correction-request { border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 1rem; }
.correction-request h2 { margin-top: 0; font-size: 1.2rem; }
.correction-request .diff { margin: 0.5rem 0; }
.table-scroll { overflow-x: auto; margin: 0 0 1rem; }
.table-scroll caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
.quality-list { padding-left: 1.25rem; }
.quality-list li { margin: 0.25rem 0; overflow-wrap: anywhere; }
.quality-list a { display: inline-block; min-height: 24px; }
`;

const HASH = createHash('sha256').update(ADMIN_CSS).digest('hex').slice(0, 12);

export const ADMIN_STYLESHEET_PATH = `/assets/admin.${HASH}.css`;
