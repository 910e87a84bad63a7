import { ClientScript } from '../components/client-script.js';
import { Layout } from '../components/layout.js';
import { messages } from '../i18n/messages.js';
import type { PageContext } from '../site.js';

/**
 * The meetings saved on this device. The server knows nothing about them: it sends this shell, and
 * the "saved" script fills the list from the browser's own storage.
 */
export function MyMeetingsPage({ context }: { context: PageContext }) {
  const text = messages().myMeetings;
  return (
    <Layout context={context} title={text.title} description={text.description} head={<ClientScript name="saved" />}>
      <h1>{text.title}</h1>
      <p>{text.kept}</p>
      <noscript>
        <p class="notice">
          {text.needsScript}
          <a href="/meetings">{text.findMeetings}</a>
          {text.bookmark}
        </p>
      </noscript>
      <div class="saved-meetings" data-saved-meetings>
        <p class="saved-status" role="status" aria-live="polite" data-saved-status></p>
        <ul class="cards saved-list" data-saved-list></ul>
      </div>
      <p>
        <a href="/meetings">{text.findMore}</a>
      </p>
    </Layout>
  );
}
