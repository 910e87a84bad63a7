import { fetchMeetings, type MeetingResult } from './api-types.js';
import { nextTimeText } from './format-when.js';
import {
  isSaved,
  parseSaved,
  SAVED_KEY,
  savedMeetingsUrl,
  serializeSaved,
  withMeeting,
  withoutMeeting,
  type SavedMeeting,
} from './saved-store.js';
import { carryViewerZone, viewerZone } from './viewer-zone.js';

/**
 * Saved meetings, kept in this browser's localStorage and nowhere else. On a meeting's page the
 * "save" button toggles it; on /my-meetings the list is drawn, with one request to our own API for
 * the meetings' current names and next times.
 */

/** Storage can be switched off or full (private windows): null then, and the page says so. */
function storage(): Storage | null {
  try {
    const store = window.localStorage;
    store.getItem(SAVED_KEY);
    return store;
  } catch {
    return null;
  }
}

function readSaved(store: Storage): SavedMeeting[] {
  return parseSaved(store.getItem(SAVED_KEY));
}

function writeSaved(store: Storage, list: readonly SavedMeeting[]): boolean {
  try {
    if (list.length === 0) store.removeItem(SAVED_KEY);
    else store.setItem(SAVED_KEY, serializeSaved(list));
    return true;
  } catch {
    return false;
  }
}

function liveRegion(after: Element, className: string): HTMLElement {
  const status = document.createElement('p');
  status.className = className;
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  after.insertAdjacentElement('afterend', status);
  return status;
}

const SAVE_TEXT = 'Save this meeting';
const SAVED_TEXT = 'Saved to my meetings';

function enhanceSaveButton(button: HTMLButtonElement, store: Storage | null): void {
  const id = Number(button.getAttribute('data-save-meeting'));
  const slug = button.getAttribute('data-slug') ?? '';
  const name = button.getAttribute('data-name') ?? slug;
  if (!Number.isSafeInteger(id) || id <= 0 || slug === '') return;
  const status = liveRegion(button, 'save-status');
  const show = (saved: boolean) => {
    button.setAttribute('aria-pressed', saved ? 'true' : 'false');
    button.textContent = saved ? SAVED_TEXT : SAVE_TEXT;
  };
  show(store !== null && isSaved(readSaved(store), id));
  button.hidden = false;
  button.addEventListener('click', (event) => {
    event.preventDefault();
    if (store === null) {
      status.textContent = 'This browser is not letting this site keep anything, so the meeting cannot be saved here.';
      return;
    }
    // Read again: another tab may have changed the list since this page opened.
    const list = readSaved(store);
    const saving = !isSaved(list, id);
    const next = saving ? withMeeting(list, { id, slug, name }) : withoutMeeting(list, id);
    if (!writeSaved(store, next)) {
      status.textContent = 'The meeting could not be saved: this browser’s storage is full or switched off.';
      return;
    }
    show(saving);
    status.textContent = saving ? 'Saved on this device. It is listed under My meetings.' : 'Removed from My meetings.';
  });
}

function attendanceText(attendance: string): string {
  switch (attendance) {
    case 'in_person':
      return 'In person';
    case 'online':
      return 'Online';
    case 'hybrid':
      return 'In person and online';
    case 'temporarily_closed':
      return 'Temporarily closed';
    default:
      return '';
  }
}

function savedItem(saved: SavedMeeting, result: MeetingResult | undefined, loaded: boolean, zone: string | undefined): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'card saved-meeting';
  item.setAttribute('data-saved-id', String(saved.id));
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = `/meetings/${encodeURIComponent(result?.slug ?? saved.slug)}`;
  link.textContent = result?.name ?? saved.name;
  heading.append(link);
  item.append(heading);

  const details = document.createElement('p');
  if (result) {
    const next = nextTimeText(result.nextStart, { timeZone: zone });
    const when = result.inProgress ? `Happening now (started ${next ?? ''})` : next ? `Next: ${next}` : 'No upcoming time';
    const where = [attendanceText(result.attendance), [result.venue.city, result.venue.state].filter(Boolean).join(', ')]
      .filter(Boolean)
      .join(' · ');
    details.textContent = where ? `${when} · ${where}` : when;
  } else {
    details.className = 'muted';
    details.textContent = loaded ? 'This meeting is no longer listed.' : 'Its next time could not be loaded.';
  }
  item.append(details);

  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'secondary';
  remove.setAttribute('data-remove-saved', String(saved.id));
  remove.textContent = 'Remove';
  // "Remove" alone is ambiguous in a list read by a screen reader.
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  hidden.textContent = ` ${link.textContent}`;
  remove.append(hidden);
  item.append(remove);
  return item;
}

async function renderSavedList(root: HTMLElement, store: Storage | null): Promise<void> {
  const list = root.querySelector<HTMLElement>('[data-saved-list]');
  if (!list) return;
  let status = root.querySelector<HTMLElement>('[data-saved-status]');
  if (!status) status = liveRegion(list, 'saved-status');
  const say = (text: string) => {
    status.textContent = text;
  };
  if (store === null) {
    say('This browser is not letting this site keep anything, so there are no saved meetings to show.');
    return;
  }
  const saved = readSaved(store);
  const empty = () => {
    say('You have not saved any meetings on this device yet. Open a meeting and press “Save this meeting”.');
  };
  if (saved.length === 0) {
    empty();
    return;
  }
  say('Loading your saved meetings…');
  root.setAttribute('aria-busy', 'true');
  const zone = viewerZone();
  let results = new Map<number, MeetingResult>();
  let loaded = false;
  try {
    results = new Map((await fetchMeetings(savedMeetingsUrl(saved, zone))).map((meeting) => [meeting.id, meeting]));
    loaded = true;
  } catch {
    loaded = false;
  }
  root.removeAttribute('aria-busy');
  // Soonest first; meetings without a next time (or not found) after, in the order they were saved.
  const order = (meeting: SavedMeeting) => {
    const next = results.get(meeting.id)?.nextStart;
    return next ? Date.parse(next) : Number.POSITIVE_INFINITY;
  };
  const sorted = [...saved].sort((a, b) => order(a) - order(b));
  list.replaceChildren(...sorted.map((meeting) => savedItem(meeting, results.get(meeting.id), loaded, zone)));
  say(
    loaded
      ? `${saved.length} saved ${saved.length === 1 ? 'meeting' : 'meetings'}, soonest first.`
      : 'Your saved meetings are below, but their next times could not be loaded. Check your connection and reload.',
  );

  list.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-remove-saved]') : null;
    if (!button) return;
    const id = Number(button.getAttribute('data-remove-saved'));
    const item = button.closest('li');
    const name = item?.querySelector('a')?.textContent ?? 'The meeting';
    if (!writeSaved(store, withoutMeeting(readSaved(store), id))) {
      say('The meeting could not be removed: this browser’s storage is switched off.');
      return;
    }
    // Focus goes to the next meeting's link (or the previous one's), never lost with the removed button.
    const neighbour = item?.nextElementSibling ?? item?.previousElementSibling;
    item?.remove();
    const target = neighbour?.querySelector<HTMLElement>('a');
    if (list.children.length === 0) {
      empty();
      status.setAttribute('tabindex', '-1');
      status.focus();
      return;
    }
    target?.focus();
    say(`${name} removed.`);
  });
}

const store = storage();
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-save-meeting]')) enhanceSaveButton(button, store);
const savedRoot = document.querySelector<HTMLElement>('[data-saved-meetings]');
if (savedRoot) void renderSavedList(savedRoot, store);
// The meeting pages and My meetings load this script anyway: it also carries the viewer's zone on.
carryViewerZone();
