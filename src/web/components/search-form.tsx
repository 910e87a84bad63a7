import { messages } from '../i18n/messages.js';

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
          autocomplete="postal-code"
          placeholder={text.placeExample}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'near-error' : undefined}
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
