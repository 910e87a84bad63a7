import { ClientScript } from '../components/client-script.js';
import { Layout } from '../components/layout.js';
import { SearchForm } from '../components/search-form.js';
import { messages } from '../i18n/messages.js';
import type { PageContext } from '../site.js';

/** A page or meeting that is not here: say so kindly, and offer the search. */
export function NotFoundPage({ context, what }: { context: PageContext; what: string }) {
  const text = messages().notFound;
  return (
    <Layout context={context} title={text.title} description={text.description} head={<ClientScript name="zone" />}>
      <h1>{text.heading(what)}</h1>
      <p>{text.maybe}</p>
      <SearchForm />
      <p>
        {text.orSee}
        <a href={'/meetings?attendance=online&status=now'}>{text.onlineNow}</a>.
      </p>
    </Layout>
  );
}
