import { Layout } from '../components/layout.js';
import { SearchForm } from '../components/search-form.js';
import type { PageContext } from '../site.js';

/** A page or meeting that is not here: say so kindly, and offer the search. */
export function NotFoundPage({ context, what }: { context: PageContext; what: string }) {
  return (
    <Layout context={context} title="Page not found" description="This page is not here. Search for a meeting by ZIP code, city or state.">
      <h1>We could not find that {what}</h1>
      <p>It may have moved, or the address may have a typo. You can still find a meeting near you:</p>
      <SearchForm />
      <p>
        Or see <a href={'/meetings?attendance=online&status=now'}>online meetings happening now</a>.
      </p>
    </Layout>
  );
}
