import { fetchMeetings, HttpError, type MeetingResult } from './api-types.js';
import { fillIn, islandText } from './island-text.js';
import { joinUrl, whenText, whereText, type NextMeetingsText } from './next-meeting-text.js';
import { deviceStorage, forgetPlace, readPlace } from './place-memory.js';
import { PLACE_BOX_ATTRIBUTE } from './place-suggest.js';
import { locatedPlace, nextMeetingsUrl, placeName, withPlace, type RememberedPlace } from './remembered-place.js';
import { viewerZone } from './viewer-zone.js';

/**
 * The home page's next meetings near the visitor: from the place they last searched (kept on this
 * device), or from where they are when they have already let this site know it (no prompt is ever
 * shown here: "near me" asks). One request, to our own API. "Today" and "Starting soon" then search
 * near that place too. Without a place, or without this script, the page is as the server sent it.
 */

const NEXT_MEETINGS_ATTRIBUTE = 'data-next-meetings';

interface Source {
  place: RememberedPlace;
  /** Kept on this device, so it can be forgotten; a location the browser gives is not kept. */
  remembered: boolean;
}

/** The browser's location, only if the visitor has already allowed it: never a prompt. */
async function grantedLocation(): Promise<RememberedPlace | null> {
  if (!('geolocation' in navigator) || !('permissions' in navigator)) return null;
  try {
    if ((await navigator.permissions.query({ name: 'geolocation' })).state !== 'granted') return null;
  } catch {
    return null;
  }
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (position) => {
        resolve(locatedPlace(position.coords.latitude, position.coords.longitude));
      },
      () => {
        resolve(null);
      },
      // As near me asks: a rough, recent place is enough.
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 10 * 60_000 },
    );
  });
}

/**
 * A typed place is the visitor's own choice and wins; a kept point ("near me", some time ago) gives way
 * to where they are now, when the browser will say without asking.
 */
async function chooseSource(store: Storage | null): Promise<Source | null> {
  const kept = store === null ? null : readPlace(store);
  if (kept !== null && 'near' in kept) return { place: kept, remembered: true };
  const here = await grantedLocation();
  if (here !== null) return { place: here, remembered: false };
  return kept === null ? null : { place: kept, remembered: true };
}

function meetingItem(meeting: MeetingResult, text: NextMeetingsText, now: Date, locale: string, zone: string | undefined): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = `/meetings/${encodeURIComponent(meeting.slug)}`;
  const name = document.createElement('strong');
  name.textContent = meeting.name;
  const details = document.createElement('span');
  details.textContent = [whenText(meeting, now, text, { locale, timeZone: zone }), whereText(meeting, text, locale)]
    .filter((part) => part)
    .join(' · ');
  link.append(name, details);
  item.append(link);
  const url = joinUrl(meeting);
  if (url !== null) {
    const join = document.createElement('a');
    join.className = 'button';
    join.href = url;
    join.rel = 'noopener noreferrer';
    join.textContent = text.join;
    // "Join" alone is ambiguous in a list read by a screen reader.
    const whose = document.createElement('span');
    whose.className = 'visually-hidden';
    whose.textContent = ` ${meeting.name}`;
    join.append(whose);
    item.append(join);
  }
  return item;
}

/** Links marked data-place-link ("Today", "Starting soon") search near the place; forgetting puts them back. */
function placeLinks(): { near(place: RememberedPlace, zone: string | undefined): void; restore(): void } {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-place-link]')].map((link) => ({
    link,
    href: link.getAttribute('href') ?? '',
  }));
  return {
    near(place, zone) {
      for (const { link, href } of links) link.setAttribute('href', withPlace(href, place, zone));
    },
    restore() {
      for (const { link, href } of links) link.setAttribute('href', href);
    },
  };
}

export async function showNextMeetings(): Promise<void> {
  const section = document.querySelector<HTMLElement>(`section[${NEXT_MEETINGS_ATTRIBUTE}]`);
  const text = section ? (islandText(section, NEXT_MEETINGS_ATTRIBUTE) as NextMeetingsText | null) : null;
  const heading = section?.querySelector('h2');
  const list = section?.querySelector('ul');
  const none = section?.querySelector<HTMLElement>('[data-no-next-meetings]');
  const seeAll = section?.querySelector<HTMLAnchorElement>('a[data-see-all]');
  const forget = section?.querySelector<HTMLButtonElement>('button[data-forget-place]');
  const status = document.querySelector<HTMLElement>('[data-next-meetings-status]');
  if (!section || !text || !heading || !list || !none || !seeAll || !forget || !status) return;

  const store = deviceStorage();
  const source = await chooseSource(store);
  if (source === null) return;
  const zone = viewerZone();
  const locale = document.documentElement.lang || 'en';
  let meetings: MeetingResult[];
  try {
    meetings = await fetchMeetings(nextMeetingsUrl(source.place, zone));
  } catch (error) {
    // Refused: what was typed is not a place the search knows, so it is no use to keep.
    if (error instanceof HttpError && error.status === 400 && source.remembered && store !== null) forgetPlace(store);
    return;
  }

  const links = placeLinks();
  links.near(source.place, zone);
  const name = placeName(source.place);
  const words = (template: string, here: string) => (name === null ? here : fillIn(template, { place: name }));
  heading.textContent = words(text.heading, text.headingHere);
  const now = new Date();
  list.replaceChildren(...meetings.map((meeting) => meetingItem(meeting, text, now, locale, zone)));
  list.hidden = meetings.length === 0;
  none.textContent = words(text.none, text.noneHere);
  none.hidden = meetings.length > 0;
  seeAll.href = withPlace('/meetings', source.place, zone);
  seeAll.textContent = words(text.seeAll, text.seeAllHere);
  forget.hidden = !source.remembered;
  section.hidden = false;

  forget.addEventListener('click', () => {
    if (store === null || !forgetPlace(store)) return;
    links.restore();
    section.hidden = true;
    status.textContent = text.forgotten;
    // The button is gone with the list: focus goes where a place can be typed again.
    document.querySelector<HTMLInputElement>(`input[${PLACE_BOX_ATTRIBUTE}]`)?.focus();
  });
}
