import type { PlaceBoxText } from '../client/place-suggest.js';
import { messages } from '../i18n/messages.js';

/**
 * What a place box carries for its script (client/place-suggest.ts): the words of its suggestions,
 * which also mark it as a place box. No `autocomplete` hint: the box takes a ZIP code, a city or a
 * state, and no token means all three, so the browser offers what was typed in it before; the
 * script turns that off once it offers places itself.
 */
export function placeBoxAttributes(): { 'data-place-box': string } {
  const text = messages().searchBox;
  const words: PlaceBoxText = { list: text.suggestions, count: text.suggested, none: text.noSuggestion };
  return { 'data-place-box': JSON.stringify(words) };
}

/** The one search box: a place, sent as a plain GET form to the search page. */
export function SearchForm({ value = '', error }: { value?: string; error?: string | undefined }) {
  const text = messages().searchBox;
  return (
    <form class="search-box" action="/meetings" method="get" role="search">
      <div class="field">
        <label for="near">{text.place}</label>
        <input
          id="near"
          name="near"
          type="search"
          value={value}
          placeholder={text.placeExample}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'near-error' : undefined}
          {...placeBoxAttributes()}
        />
        {error && (
          <p id="near-error" class="error">
            {error}
          </p>
        )}
      </div>
      {/* Filled in by a script with the browser's zone, so results show times on the visitor's clock too. */}
      <input type="hidden" name="tz" value="" data-tz />
      <button type="submit">{text.submit}</button>
    </form>
  );
}
