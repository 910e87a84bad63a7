import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { withViewerZone } from './zone-links.js';

/**
 * A whole page as HTML: Preact escapes every text and attribute it renders. With the visitor's
 * zone known, every link to another page and every search form carries it on.
 */
export function renderDocument(page: VNode, viewerZone: string | null): string {
  return `<!doctype html>\n${withViewerZone(viewerZone, () => renderToString(page))}`;
}
