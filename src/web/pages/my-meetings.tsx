import { ClientScript } from '../components/client-script.js';
import { Layout } from '../components/layout.js';
import type { PageContext } from '../site.js';

/**
 * The meetings saved on this device. The server knows nothing about them: it sends this shell, and
 * the "saved" script fills the list from the browser's own storage.
 */
export function MyMeetingsPage({ context }: { context: PageContext }) {
  return (
    <Layout
      context={context}
      title="My meetings"
      description="The meetings you saved on this device, with their next times."
      head={<ClientScript name="saved" />}
    >
      <h1>My meetings</h1>
      <p>
        Meetings you save are kept in this browser, on this device, and nowhere else: no account, nothing stored by us. To save one, open the meeting
        and press “Save this meeting”.
      </p>
      <noscript>
        <p class="notice">
          Saved meetings live in your browser and need JavaScript to show. With JavaScript off you can still <a href="/meetings">find meetings</a>{' '}
          and bookmark their pages.
        </p>
      </noscript>
      <div class="saved-meetings" data-saved-meetings>
        <p class="saved-status" role="status" aria-live="polite" data-saved-status></p>
        <ul class="cards saved-list" data-saved-list></ul>
      </div>
      <p>
        <a href="/meetings">Find more meetings</a>
      </p>
    </Layout>
  );
}
