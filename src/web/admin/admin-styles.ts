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
