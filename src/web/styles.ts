import { createHash } from 'node:crypto';

/**
 * The site's one stylesheet. Calm and legible: system fonts, high contrast, one accent
 * colour, touch targets of at least 44 px, visible focus, dark mode, reduced motion, and a
 * print layout for schedules. Served from a content-hashed path, so browsers keep it for good.
 */
export const SITE_CSS = `
:root {
  --bg: #ffffff; --fg: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --soft: #f3f5f7;
  --accent: #0b5cad; --accent-fg: #ffffff; --warn-bg: #fff4ce; --warn-fg: #3d3000;
  --ok: #1b6e3a; --focus: #b35900;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  line-height: 1.5; color: var(--fg); background: var(--bg);
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121417; --fg: #eceff2; --muted: #b8bec6; --line: #454b52; --soft: #1d2126;
    --accent: #8cc2ff; --accent-fg: #0b1a2b; --warn-bg: #3b3200; --warn-fg: #fff2b3;
    --ok: #7fd49b; --focus: #ffb061;
  }
}
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font-size: 1.0625rem; }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
/* Chromium does not match :focus-visible on a date field tabbed into (focus sits in its parts). */
input:focus, select:focus, textarea:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
main { display: block; max-width: 60rem; margin: 0 auto; padding: 1rem; }
main:focus { outline: none; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 1.75rem 0 0.75rem; }
h3 { font-size: 1.1rem; margin: 1rem 0 0.25rem; }
.skip-link { position: absolute; left: 0.5rem; top: -10rem; background: var(--accent); color: var(--accent-fg); padding: 0.75rem 1rem; z-index: 10; }
.skip-link:focus { top: 0.5rem; }
.hotline, .sample-banner { padding: 0.5rem 1rem; text-align: center; }
.hotline { background: var(--soft); border-bottom: 1px solid var(--line); }
.hotline p, .sample-banner p { margin: 0; max-width: 60rem; margin-inline: auto; }
.hotline a { font-weight: 700; white-space: nowrap; }
/* On a phone the number and 988 matter most; the helpline's full name would push the page down. */
@media (max-width: 30rem) { .hotline-label { display: none; } }
.sample-banner { background: var(--warn-bg); color: var(--warn-fg); border-bottom: 1px solid var(--line); }
.site-header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1.5rem; max-width: 60rem; margin: 0 auto; padding: 0.5rem 1rem; }
.site-name { font-size: 1.35rem; font-weight: 800; text-decoration: none; color: var(--fg); min-height: 44px; display: inline-flex; align-items: center; }
.site-header ul { display: flex; flex-wrap: wrap; gap: 0 1rem; list-style: none; margin: 0; padding: 0; }
.site-header nav a { display: inline-flex; align-items: center; min-height: 44px; }
.site-footer { max-width: 60rem; margin: 2rem auto 0; padding: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.95rem; }
.site-footer a { color: inherit; }
label { font-weight: 600; }
input, select, button { font: inherit; min-height: 44px; border-radius: 6px; }
input, select { border: 1px solid var(--muted); background: var(--bg); color: var(--fg); padding: 0.4rem 0.6rem; max-width: 100%; }
button, .button { display: inline-flex; align-items: center; justify-content: center; gap: 0.4rem; padding: 0.5rem 1rem; border: 2px solid var(--accent); background: var(--accent); color: var(--accent-fg); font-weight: 700; text-decoration: none; cursor: pointer; min-height: 44px; border-radius: 6px; }
.button.secondary, button.secondary { background: transparent; color: var(--accent); }
.search-box { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: flex-end; }
.search-box .field { flex: 1 1 14rem; display: flex; flex-direction: column; gap: 0.25rem; }
.error { color: #a10d0d; font-weight: 600; }
@media (prefers-color-scheme: dark) { .error { color: #ff9d9d; } }
.error-summary { border: 2px solid #a10d0d; padding: 0.75rem 1rem; border-radius: 6px; }
.muted { color: var(--muted); }
/* Notes keep the line breaks their writers put in (Zoom instructions, one per line). */
.lines { white-space: pre-line; overflow-wrap: anywhere; }
.cards { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.75rem; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 0.75rem 1rem; background: var(--bg); }
.card h3 { margin-top: 0; }
.tag { display: inline-block; border: 1px solid var(--line); border-radius: 999px; padding: 0 0.6rem; font-size: 0.9rem; margin: 0.1rem 0.2rem 0.1rem 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
svg text { fill: currentColor; }
@media (prefers-reduced-motion: reduce) { *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; } }
@media print {
  .hotline, .site-header nav, .site-footer, .skip-link, .no-print, form { display: none !important; }
  body { font-size: 10pt; color: #000; background: #fff; }
  a { color: #000; text-decoration: none; }
  main { max-width: none; padding: 0; }
}
/* On a phone every line above the first meeting costs: banners, header and headings stay short. */
@media (max-width: 40rem) {
  .hotline, .sample-banner { padding: 0.3rem 0.75rem; font-size: 0.95rem; line-height: 1.35; }
  .site-header { padding: 0.25rem 1rem; gap: 0 1rem; }
  .site-header nav { flex: 1 1 100%; overflow-x: auto; }
  .site-header ul { flex-wrap: nowrap; gap: 0 0.6rem; white-space: nowrap; }
  .site-header nav a { font-size: 0.875rem; }
  .site-name { font-size: 1.2rem; }
  main { padding: 0.5rem 1rem 1rem; }
  h1 { font-size: 1.4rem; margin: 0.25rem 0 0.5rem; }
}
/* Narrower than a common phone (390 px) the four links do not fit one line: two lines, not a hidden one. */
@media (max-width: 24rem) { .site-header ul { flex-wrap: wrap; } }
/* --- Client islands (src/web/client: near me, the map, saved meetings) --- */
/* Buttons that need JavaScript ship with hidden; "button { display: inline-flex }" must not undo it. */
[hidden] { display: none !important; }
.near-me-status:empty, .map-status:empty, .save-status:empty, .saved-status:empty { margin: 0; }
[data-map-canvas] { height: min(70vh, 32rem); min-height: 18rem; margin: 0.75rem 0; border: 1px solid var(--line); border-radius: 8px; }
section[data-map] .leaflet-container { font: inherit; font-size: 1rem; }
section[data-map] .leaflet-container .leaflet-popup-content { color: #1a1a1a; font-size: 1rem; margin: 0.75rem 1rem; }
section[data-map] .leaflet-container .leaflet-popup-content a { color: #0b5cad; font-weight: 700; }
section[data-map] .leaflet-container .leaflet-popup-content p { margin: 0.25rem 0 0; }
.map-marker { background: #0b5cad; border: 3px solid #ffffff; border-radius: 50%; box-shadow: 0 0 0 1px #1a1a1a; }
section[data-map] .leaflet-container .map-marker:focus-visible, section[data-map] .leaflet-container .marker-cluster:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.saved-meeting { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; }
.saved-meeting h2 { flex: 1 1 100%; margin: 0; font-size: 1.2rem; }
.saved-meeting p { flex: 1 1 14rem; margin: 0; }
/* Place suggestions (client/place-suggest.ts): under the box, placed by the script within its field. */
.place-field { position: relative; }
.place-suggestions { position: absolute; z-index: 5; margin: 2px 0 0; padding: 0.25rem 0; list-style: none; background: var(--bg); color: var(--fg); border: 1px solid var(--muted); border-radius: 6px; box-shadow: 0 4px 12px rgb(0 0 0 / 25%); max-height: min(60vh, 22rem); overflow-y: auto; }
.place-suggestions [role="option"] { display: flex; align-items: center; min-height: 44px; padding: 0.25rem 0.75rem; cursor: pointer; }
.place-suggestions [role="option"]:hover { background: var(--soft); }
.place-suggestions [aria-selected="true"], .place-suggestions [aria-selected="true"]:hover { background: var(--accent); color: var(--accent-fg); }
@media (forced-colors: active) { .place-suggestions [aria-selected="true"] { outline: 3px solid Highlight; outline-offset: -3px; } }
@media print { [data-map-canvas], [data-show-map], [data-near-me], [data-save-meeting] { display: none !important; } }
/* --- end of client islands --- */
/* --- Home, state and city pages: the states map, the week heatmap, place lists (web/pages/home, state, city) --- */
.lead { font-size: 1.15rem; }
.near-me { margin: 0.5rem 0 0; }
.quick-links { list-style: none; padding: 0; margin: 1rem 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
/* The next meetings near the visitor (client/next-meetings.ts): short, so the first one fits a phone's first screen. */
.next-meetings h2 { margin: 1rem 0 0.5rem; }
.next-list { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.5rem; }
.next-list li { display: flex; align-items: center; gap: 0.5rem; border: 1px solid var(--line); border-radius: 8px; padding: 0.25rem 0.5rem; }
.next-list li > a:first-child { flex: 1; display: flex; flex-direction: column; justify-content: center; min-height: 44px; padding: 0.25rem 0; text-decoration: none; }
.next-list strong { text-decoration: underline; text-underline-offset: 0.15em; }
.next-list li > a:first-child span { color: var(--fg); }
.next-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 1rem; margin: 0.5rem 0 0; }
.next-actions a { display: inline-flex; align-items: center; min-height: 44px; }
.next-meetings-status:empty { margin: 0; }
.states-map, .week-heatmap { margin: 1rem 0; }
.states-map > svg { display: block; width: 100%; height: auto; }
/* Labels in HTML, at the page's own size: a phone's 390 px shows them at 13 px, as wide screens do. */
.heatmap-frame { display: grid; grid-template-columns: auto 1fr; grid-template-areas: ". hours" "days cells"; column-gap: 0.4rem; max-width: 42rem; font-size: 0.8125rem; line-height: 1; }
.heat-hours { grid-area: hours; display: flex; padding-bottom: 0.3rem; }
.heat-hours span { flex: 1 1 0; }
.heat-days { grid-area: days; display: grid; grid-template-rows: repeat(7, 1fr); align-items: center; }
.heatmap-frame > svg.heat-cells { grid-area: cells; display: block; width: 100%; height: 10.5rem; }
.heat-cells rect { vector-effect: non-scaling-stroke; }
.shade-0 { fill: var(--soft); }
.shade-1 { fill: var(--accent); fill-opacity: 0.25; }
.shade-2 { fill: var(--accent); fill-opacity: 0.5; }
.shade-3 { fill: var(--accent); fill-opacity: 0.75; }
.shade-4 { fill: var(--accent); fill-opacity: 1; }
.states-map path, .states-map circle { stroke: var(--bg); stroke-width: 1; }
.states-map path.shade-0, .states-map circle.shade-0, .week-heatmap rect.shade-0, .swatch .shade-0 { stroke: var(--line); stroke-width: 1; }
.states-map a:hover path, .states-map a:hover circle, .states-map a:focus-visible path, .states-map a:focus-visible circle { stroke: var(--focus); stroke-width: 3; }
.map-legend { list-style: none; padding: 0; margin: 0.5rem 0 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; font-size: 0.95rem; }
.map-legend li { display: inline-flex; align-items: center; gap: 0.35rem; }
.swatch { flex: none; width: 16px; height: 16px; }
.heatmap-table summary { cursor: pointer; padding: 0.5rem 0; min-height: 44px; }
.heatmap-table table { max-width: 36rem; }
.heatmap-table td { text-align: right; font-variant-numeric: tabular-nums; }
.state-grid { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 0 1rem; }
.state-grid li { padding: 0.3rem 0; }
.city-list { columns: 9rem; column-gap: 1.5rem; list-style: none; padding: 0; margin: 0; }
.city-list li { break-inside: avoid; }
.city-list a { display: inline-flex; align-items: center; min-height: 44px; }
.city-list .muted { font-size: 0.9rem; }
.challenge-list { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
.challenge-list li { border: 1px solid var(--line); border-radius: 8px; padding: 0.75rem 1rem; }
.challenge-list a { font-weight: 700; font-size: 1.1rem; }
.challenge-list p { margin: 0.25rem 0 0; }
.breadcrumb { margin: 0.5rem 0 0; }
h2 .muted { font-size: 1rem; font-weight: 400; }
.meeting-day { list-style: none; padding: 0; margin: 0; }
.meeting-row { display: flex; gap: 0.75rem; padding: 0.5rem 0; border-bottom: 1px solid var(--line); }
.meeting-time { flex: 0 0 5.75rem; font-weight: 700; font-variant-numeric: tabular-nums; white-space: nowrap; }
.meeting-main { display: flex; flex-direction: column; min-width: 0; }
.meeting-place { color: var(--muted); }
/* --- end of home, state and city pages --- */
/* --- Search, meeting and print pages (web/pages/search, meeting, print; components/filter-form, meeting-item) --- */
.search-layout { display: grid; gap: 1rem 2rem; }
@media (min-width: 52rem) { .search-layout { grid-template-columns: 18rem 1fr; align-items: start; } }
.filters { display: flex; flex-direction: column; gap: 0.75rem; }
.filters .field { display: flex; flex-direction: column; gap: 0.25rem; }
.filters fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0; padding: 0.5rem 0.75rem 0.75rem; }
.filters legend { font-weight: 600; padding: 0 0.25rem; }
.filters .pair { display: grid; gap: 0.5rem; }
.choice { display: flex; align-items: center; gap: 0.5rem; min-height: 44px; font-weight: 400; cursor: pointer; }
.choice input { width: 1.25rem; height: 1.25rem; min-height: 0; margin: 0; accent-color: var(--accent); }
.place-row { display: flex; gap: 0.5rem; align-items: flex-end; }
.place-row .field { flex: 1 1 auto; min-width: 0; }
.place-row input { width: 100%; }
.filter-line { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 0 1rem; }
.filter-fold { flex: 1 1 100%; min-width: 0; }
.filter-groups select, .filter-groups input[type="search"] { width: 100%; }
.filter-line .clear-filters { display: inline-flex; align-items: center; min-height: 44px; }
.filter-fold:not([open]) { flex: 0 1 auto; }
.filter-fold > summary { min-height: 44px; display: flex; align-items: center; cursor: pointer; font-weight: 600; color: var(--accent); }
.filter-fold .in-use { font-weight: 400; color: var(--fg); white-space: pre; }
.filter-groups { display: flex; flex-direction: column; gap: 0.75rem; margin-top: 0.5rem; }
/* A flex summary loses the browser's own triangle: draw one, so the fold reads as something to open. */
.filter-fold > summary::before { content: "▸"; display: inline-block; width: 1.1em; }
.filter-fold[open] > summary::before { content: "▾"; }
.filter-fold > summary::-webkit-details-marker { display: none; }
.hint { font-size: 0.95rem; }
.error-summary { margin: 0 0 1rem; }
.error-summary h2 { margin-top: 0; font-size: 1.15rem; }
[aria-invalid="true"] { border-color: #a10d0d; border-width: 2px; }
.result { position: relative; }
.result h3, .result h4 { font-size: 1.15rem; margin: 0 0 0.2rem; }
/* The name's link covers the whole card, so a tap anywhere on it opens the meeting; the buttons sit above. */
.result .card-link { text-decoration: none; }
.result .card-link::after { content: ""; position: absolute; inset: 0; border-radius: 8px; }
.result .card-link:focus-visible { outline: none; }
.result .card-link:focus-visible::after { outline: 3px solid var(--focus); outline-offset: 2px; }
.result:hover { border-color: var(--accent); }
.result:hover .card-link { text-decoration: underline; }
.result .when, .result .where, .result .tags { margin: 0.15rem 0; }
.result .soon { font-weight: 600; }
.result .soon.now, .next.now { color: var(--ok); }
.card-actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.5rem 0 0; }
.card-actions .button { position: relative; z-index: 1; min-width: 44px; min-height: 44px; padding: 0.4rem 1.1rem; }
.badge-closed-for-now { display: inline-block; margin: 0.2rem 0; padding: 0.1rem 0.6rem; border: 2px solid currentColor; border-radius: 6px; background: var(--warn-bg); color: var(--warn-fg); font-weight: 700; }
.result.closed-for-now { border-style: dashed; }
.tag-program, .tag-language { font-weight: 700; border-color: var(--fg); }
.results-count { font-size: 1.15rem; margin: 0.25rem 0 0.25rem; }
.zone-line { margin: 0 0 0.5rem; font-size: 0.95rem; }
.results-count .muted { font-weight: 400; }
.place-prompt { margin: 0 0 0.75rem; padding: 0.35rem 0.75rem; }
.empty h3 { font-size: 1.1rem; margin: 1rem 0 0.5rem; }
.day-group h3 { border-bottom: 2px solid var(--line); padding-bottom: 0.25rem; }
.paging { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 1rem 0; }
.map-panel { margin: 1rem 0; }
.map-panel [data-map-canvas]:empty { display: none; }
.exports a, .empty a, .link-list a, .paging a { display: inline-flex; align-items: center; min-height: 44px; }
.link-list { list-style: none; padding: 0; margin: 0.25rem 0; display: flex; flex-wrap: wrap; gap: 0 1.25rem; }
.notice { background: var(--warn-bg); color: var(--warn-fg); padding: 0.5rem 0.75rem; border-radius: 6px; }
/* A closed meeting says so first, unmissably: a strong border as well as the colour, for anyone who cannot tell the colour. */
.closed-notice { background: var(--warn-bg); color: var(--warn-fg); border: 3px solid currentColor; border-radius: 8px; padding: 0.75rem 1rem; margin: 0 0 1rem; }
.closed-notice h2 { margin: 0 0 0.25rem; font-size: 1.25rem; }
.closed-notice p { margin: 0.4rem 0; }
.closed-notice a:not(.button) { color: inherit; font-weight: 700; }
.back-link { margin: 0; }
.back-link a { display: inline-flex; align-items: center; gap: 0.35rem; min-height: 44px; }
.meeting-lead { font-size: 1.15rem; color: var(--muted); margin-top: -0.5rem; }
address { font-style: normal; }
.facts { padding-left: 1.25rem; }
.formats div { margin-bottom: 0.5rem; }
.formats dt { font-weight: 700; }
.formats dd { margin: 0; }
#share-url { width: 100%; max-width: 36rem; }
.print-schedule table { font-size: 0.95rem; margin-bottom: 0.5rem; }
.print-schedule td.time { white-space: nowrap; width: 6.5rem; }
/* On a phone the four columns do not fit: each meeting becomes a short block, time first. */
@media screen and (max-width: 40rem) {
  .print-schedule thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  .print-schedule table, .print-schedule tbody, .print-schedule tr, .print-schedule td { display: block; width: auto; }
  .print-schedule tr { padding: 0.4rem 0; border-bottom: 1px solid var(--line); }
  .print-schedule td { border: 0; padding: 0.05rem 0; overflow-wrap: anywhere; }
  .print-schedule td.time { font-weight: 700; width: auto; }
}
.print-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; }
.print-actions .print-hint { margin: 0.5rem 0; flex: 1 1 18rem; }
.print-hotline { border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 0.75rem; }
.print-venue, .print-online, .print-online > span { display: block; }
.print-online { overflow-wrap: anywhere; }
.print-legend dl { display: grid; grid-template-columns: auto 1fr; gap: 0.1rem 1rem; }
.print-legend dl div { display: contents; }
.print-legend dd { margin: 0; }
@media print {
  .sample-banner { border: 1px solid #000; }
  .print-schedule h1 { font-size: 14pt; margin: 0 0 4pt; }
  .print-schedule h2 { font-size: 11pt; margin: 8pt 0 2pt; break-after: avoid; }
  .print-schedule table { font-size: 8.5pt; }
  .print-schedule th, .print-schedule td { padding: 1pt 4pt; border-bottom: 0.5pt solid #999; }
  .print-schedule tr { break-inside: avoid; }
  /* One set of column widths for every day's table, so the columns line up down the sheet. */
  .print-schedule table { table-layout: fixed; }
  .print-schedule th:first-child { width: 8em; }
  .print-schedule td.time .muted { display: block; }
  .print-schedule th:nth-child(2) { width: 24%; }
  .print-schedule th:last-child { width: 14%; }
  .print-legend { columns: 2; font-size: 8.5pt; }
  .print-hotline { border: 1pt solid #000; padding: 3pt 6pt; font-size: 9pt; margin: 4pt 0 6pt; }
  .print-hotline a { font-weight: 700; }
  .site-header { display: none; }
}
/* --- end of search, meeting and print pages --- */
/* --- correction requests on the meeting page (issue 12 §7) --- */
.checked { margin: 0.25rem 0 0.75rem; }
.correct .correction-form { display: grid; gap: 0.75rem; max-width: 36rem; margin: 0.75rem 0; }
.correct .field { display: flex; flex-direction: column; gap: 0.25rem; }
.correct .hint { margin: 0; color: var(--muted); font-size: 0.95rem; }
.correct textarea { font: inherit; border: 1px solid var(--muted); background: var(--bg); color: var(--fg); padding: 0.4rem 0.6rem; border-radius: 6px; max-width: 100%; }
.correct .field-error { color: #a10d0d; font-weight: 600; margin: 0; }
@media (prefers-color-scheme: dark) { .correct .field-error { color: #ff9d9d; } }
.correct [aria-invalid="true"] { border: 2px solid #a10d0d; }
.correction-fold > summary { padding: 0.6rem 0; cursor: pointer; font-weight: 600; color: var(--accent); }
.thanks { border-left: 4px solid var(--accent); padding: 0.5rem 0.75rem; }
`;

const HASH = createHash('sha256').update(SITE_CSS).digest('hex').slice(0, 12);

/** Changes whenever the stylesheet does, so it can be cached for a year. */
export const STYLESHEET_PATH = `/assets/site.${HASH}.css`;
