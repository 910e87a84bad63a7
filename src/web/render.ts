import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** A whole page as HTML: Preact escapes every text and attribute it renders. */
export function renderDocument(page: VNode): string {
  return `<!doctype html>\n${renderToString(page)}`;
}
