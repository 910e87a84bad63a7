import { isSitePage, withZone } from '../../domain/zone-link.js';
import { sameClock, zoneName } from '../../domain/zone-name.js';

/** Where the zone's name goes in the note's wordings, which the server writes into the page (components/zone-note.tsx). */
export const ZONE_PLACEHOLDER = '{zone}';

/** The viewer's IANA zone, or undefined when the browser will not say (the server then uses the place's). */
export function viewerZone(): string | undefined {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && zone.includes('/') ? zone : undefined;
  } catch {
    return undefined;
  }
}

/** The zone this page was opened with (`tz` in its address, when the browser knows that zone), else the browser's own. */
function pageZone(): string | undefined {
  const given = new URLSearchParams(window.location.search).get('tz');
  if (given) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: given }).format(0);
      return given;
    } catch {
      // A zone the browser does not know: the server ignored it too.
    }
  }
  return viewerZone();
}

/** The forms' empty `tz` fields (`input[data-tz]`), so that the next search shows times on the viewer's clock too. */
function fillZoneFields(root: ParentNode, zone: string): void {
  for (const input of root.querySelectorAll<HTMLInputElement>('input[data-tz]')) if (input.value === '') input.value = zone;
}

function carryOnLink(link: HTMLAnchorElement, zone: string): void {
  const href = link.getAttribute('href');
  if (href === null) return;
  const carried = withZone(href, zone);
  if (carried !== href) link.setAttribute('href', carried);
}

/** The rule the server follows for a page whose zone it knows (domain/zone-link.ts), with the browser's zone. */
function carryOnLinksAndForms(root: ParentNode, zone: string): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) carryOnLink(link, zone);
  for (const form of root.querySelectorAll<HTMLFormElement>('form[action^="/"]')) {
    const action = form.getAttribute('action') ?? '';
    if (form.method.toLowerCase() !== 'get' || !isSitePage(action) || form.querySelector('[name="tz"]') !== null) continue;
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = 'tz';
    input.value = zone;
    form.append(input);
  }
}

/** The notes the server wrote without knowing the zone (`[data-zone-note]`), said again now that the browser has. */
function updateZoneNotes(root: ParentNode, zone: string): void {
  const now = Date.now();
  const name = zoneName(zone, now, document.documentElement.lang || 'en-US');
  for (const note of root.querySelectorAll<HTMLElement>('[data-zone-note]')) {
    const zones = (note.dataset['zones'] ?? '').split(' ').filter((z) => z !== '');
    const yours = zones.length > 0 && zones.every((z) => sameClock(z, zone, now));
    const wording = yours ? note.dataset['yours'] : note.dataset['notYours'];
    if (wording) note.textContent = wording.replace(ZONE_PLACEHOLDER, name);
  }
}

/**
 * A page opened from a shared link names its sender's zone ("Times shown in Eastern Time, your time
 * zone" for a reader in Portland). When the browser keeps another clock, each note that can
 * (`[data-zone-switch]`) gets a link to the same page in the browser's zone.
 */
function offerOwnZone(root: ParentNode, given: string, own: string): void {
  const now = Date.now();
  if (sameClock(given, own, now)) return;
  const url = new URL(window.location.href);
  url.searchParams.set('tz', own);
  const name = zoneName(own, now, document.documentElement.lang || 'en-US');
  for (const note of root.querySelectorAll<HTMLElement>('[data-zone-switch]')) {
    const wording = note.dataset['zoneSwitch'];
    if (!wording || note.querySelector('a[data-own-zone]')) continue;
    const link = document.createElement('a');
    link.href = `${url.pathname}${url.search}${url.hash}`;
    link.dataset['ownZone'] = '';
    link.textContent = wording.replace(ZONE_PLACEHOLDER, name);
    note.append(' ', link, '.');
  }
}

/**
 * Carries the visitor's zone on from this page: into the forms' zone fields, onto every link to
 * another page (and onto any drawn later, as it is followed), and into the note about times.
 * Times the server wrote stay as written; the next page is rendered with the zone.
 */
export function carryViewerZone(): void {
  const zone = pageZone();
  if (zone === undefined) return;
  fillZoneFields(document, zone);
  carryOnLinksAndForms(document, zone);
  updateZoneNotes(document, zone);
  const own = viewerZone();
  if (own !== undefined && own !== zone) offerOwnZone(document, zone, own);
  const onFollow = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href^="/"]') : null;
    if (link) carryOnLink(link, zone);
  };
  // Capture: before the browser follows the link; auxclick is the middle button's new tab.
  document.addEventListener('click', onFollow, true);
  document.addEventListener('auxclick', onFollow, true);
}
