/**
 * Live filters on the search page: a changed filter fetches the same page for the new search
 * from our own server and swaps in its results, keeping focus in the form and the address in
 * step (so it can still be shared). Nothing changes on input alone: the form still submits as a
 * plain GET, and any answer but a 200 (a bad parameter) falls back to that, so the error shows
 * beside its field.
 */

const DELAY_MS = 250;

/** The form's search as a query string, empty fields left out (as the server drops them anyway). */
export function filterQuery(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value !== '') params.append(name, value);
  return params.toString();
}

export function liveFilters(onReplaced: (results: Element) => void): void {
  const form = document.querySelector<HTMLFormElement>('form.filters');
  if (!form || !document.querySelector('section.results')) return;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('aria-live', 'polite');
  // Not form.after(): the form has a control named "after", which shadows the method.
  form.insertAdjacentElement('afterend', status);
  let timer: number | undefined;
  let latest = 0;

  // Named controls shadow a form's own properties; call the method itself.
  const submit = (): void => {
    HTMLFormElement.prototype.submit.call(form);
  };

  const update = async (): Promise<void> => {
    const query = filterQuery(form);
    const url = `/meetings?${query}`;
    const ticket = ++latest;
    status.textContent = 'Updating the meetings…';
    let response: Response;
    try {
      response = await fetch(url, { headers: { accept: 'text/html' } });
    } catch {
      status.textContent = '';
      return;
    }
    // A newer change has been made since; its answer is the one to show.
    if (ticket !== latest) return;
    if (response.status !== 200) {
      submit();
      return;
    }
    const next = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fresh = next.querySelector('section.results');
    const current = document.querySelector('section.results');
    if (!fresh || !current) {
      submit();
      return;
    }
    current.replaceWith(fresh);
    const heading = next.querySelector('h1')?.textContent;
    const h1 = document.querySelector('h1');
    if (heading && h1) h1.textContent = heading;
    document.title = next.title;
    history.replaceState(null, '', url);
    status.textContent = fresh.querySelector('h2')?.textContent ?? '';
    onReplaced(fresh);
  };

  form.addEventListener('change', (event) => {
    // The place box is searched when the person submits it, not while they are still typing.
    if ((event.target as HTMLElement | null)?.matches('input[type="search"]')) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void update(), DELAY_MS);
  });
}
