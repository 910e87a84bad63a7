import { fetchPlaces, type PlaceSuggestion } from './api-types.js';
import { countText, islandText, type PluralText } from './island-text.js';
import { movedHighlight, pickedValue, placeQuery } from './place-suggestion-rules.js';

/**
 * Place suggestions while typing, from our own /api/v1/places, as the WAI-ARIA APG combobox with list
 * autocomplete: focus stays in the box, the arrow keys move a highlight (aria-activedescendant), Enter or
 * a tap picks, Escape closes. Picking fills the box and does not search: a search is a new page, which
 * must not happen on a choice alone (WCAG 3.2.2), and the person may still change the other filters.
 * Without this script the box is a plain text field with the browser's own memory of it.
 */

/** The words, written by the server into the box's data-place-box attribute (components/search-form.tsx). */
export interface PlaceBoxText {
  /** The list's name. */
  list: string;
  /** Said when suggestions appear. */
  count: PluralText;
  /** Said when what is typed matches no place. */
  none: string;
}

/** The attribute that marks a place box and holds its words. */
export const PLACE_BOX_ATTRIBUTE = 'data-place-box';

/** After typing stops for this long, one request; each keystroke before it cancels the last. */
const DELAY_MS = 150;
/** Answers kept for going back over what was typed (a Backspace), so it is not asked again. */
const KEPT_ANSWERS = 30;

export function suggestPlaces(root: ParentNode = document): void {
  for (const input of root.querySelectorAll<HTMLInputElement>(`input[${PLACE_BOX_ATTRIBUTE}]`)) {
    const text = islandText(input, PLACE_BOX_ATTRIBUTE) as PlaceBoxText | null;
    if (text !== null) enhance(input, text);
  }
}

function enhance(input: HTMLInputElement, text: PlaceBoxText): void {
  const field = input.parentElement;
  if (field === null || input.id === '' || input.getAttribute('role') === 'combobox') return;
  const locale = document.documentElement.lang || 'en';

  const list = document.createElement('ul');
  list.id = `${input.id}-suggestions`;
  list.className = 'place-suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', text.list);
  list.hidden = true;
  // Present and empty before anything is said in it, so screen readers announce what is.
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  field.classList.add('place-field');
  input.insertAdjacentElement('afterend', list);
  list.insertAdjacentElement('afterend', status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  // The browser's own list of past entries would cover ours.
  input.setAttribute('autocomplete', 'off');

  let places: PlaceSuggestion[] = [];
  let highlighted = -1;
  let timer: number | undefined;
  let pending: AbortController | null = null;
  const answers = new Map<string, PlaceSuggestion[]>();

  const say = (words: string) => {
    if (status.textContent !== words) status.textContent = words;
  };

  const highlight = (index: number) => {
    highlighted = index;
    for (const [at, option] of [...list.children].entries()) option.setAttribute('aria-selected', at === index ? 'true' : 'false');
    const option = index >= 0 ? list.children[index] : undefined;
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const close = () => {
    highlight(-1);
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };

  const open = () => {
    // Under the box, as wide as it: the field is the list's positioned parent (styles.ts, .place-field).
    list.style.top = `${input.offsetTop + input.offsetHeight}px`;
    list.style.left = `${input.offsetLeft}px`;
    list.style.width = `${input.offsetWidth}px`;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const show = (found: PlaceSuggestion[]) => {
    places = found;
    list.replaceChildren(
      ...found.map((place, index) => {
        const option = document.createElement('li');
        option.id = `${list.id}-${index}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.textContent = place.label;
        return option;
      }),
    );
    highlighted = -1;
    input.removeAttribute('aria-activedescendant');
    if (found.length === 0) {
      close();
      say(text.none);
      return;
    }
    open();
    say(countText(text.count, found.length, locale));
  };

  const stopAsking = () => {
    window.clearTimeout(timer);
    pending?.abort();
    pending = null;
  };

  const ask = async (query: string) => {
    const known = answers.get(query);
    if (known) {
      show(known);
      return;
    }
    // Offline, a request per keystroke would only fail: the box is still a box, so say nothing.
    if (!navigator.onLine) return;
    const request = new AbortController();
    pending = request;
    let found: PlaceSuggestion[];
    try {
      found = await fetchPlaces(query, request.signal);
    } catch {
      // Cancelled by a newer keystroke, or a failed request: the person can still type and search.
      if (pending === request) pending = null;
      return;
    }
    // A later keystroke, a pick or leaving the box since: this answer is for a text no longer there.
    if (pending !== request) return;
    pending = null;
    answers.set(query, found);
    if (answers.size > KEPT_ANSWERS) answers.delete(answers.keys().next().value!);
    if (document.activeElement === input && placeQuery(input.value) === query) show(found);
  };

  const pick = (index: number) => {
    const place = places[index];
    if (!place) return;
    stopAsking();
    input.value = pickedValue(place);
    close();
    say('');
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  };

  input.addEventListener('input', () => {
    stopAsking();
    highlight(-1);
    const query = placeQuery(input.value);
    if (query === null) {
      places = [];
      close();
      say('');
      return;
    }
    timer = window.setTimeout(() => void ask(query), DELAY_MS);
  });

  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        if (places.length === 0) return;
        event.preventDefault();
        if (list.hidden) open();
        highlight(movedHighlight(highlighted, places.length, event.key));
        return;
      case 'Enter':
        if (!list.hidden && highlighted >= 0) {
          event.preventDefault();
          pick(highlighted);
          return;
        }
        // Nothing highlighted: the form searches for what was typed, as it would without this script.
        stopAsking();
        close();
        return;
      case 'Escape':
        // Only when open: closed, Escape keeps the browser's own meaning (a search box clears).
        if (list.hidden) return;
        event.preventDefault();
        close();
        return;
      case 'Tab':
        close();
        return;
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the text: the highlight goes back to the box, as in the APG example.
        highlight(-1);
        return;
      default:
        return;
    }
  });

  input.addEventListener('blur', () => {
    stopAsking();
    close();
  });
  // A press on the list would take focus from the box (and close it) before the click picks.
  list.addEventListener('mousedown', (event) => {
    event.preventDefault();
  });
  list.addEventListener('click', (event) => {
    const option = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
    if (option) pick([...list.children].indexOf(option));
  });
  window.addEventListener('resize', () => {
    if (!list.hidden) open();
  });
}
