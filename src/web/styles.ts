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
.hotline a { font-weight: 700; }
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
`;

const HASH = createHash('sha256').update(SITE_CSS).digest('hex').slice(0, 12);

/** Changes whenever the stylesheet does, so it can be cached for a year. */
export const STYLESHEET_PATH = `/assets/site.${HASH}.css`;
