import { clientScriptPath, type ClientEntry } from '../client-bundles.js';

/**
 * A page's island: `<script type="module" src="/assets/<name>.<hash>.js" defer>`. The hash follows the
 * bundle's content, so the file is cached for a year. Renders nothing when the server has no bundles:
 * the page works without them.
 */
export function ClientScript({ name }: { name: ClientEntry }) {
  const src = clientScriptPath(name);
  if (src === null) return null;
  return <script type="module" src={src} defer />;
}
