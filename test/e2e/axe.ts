import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what design.md promises for every page. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Each violation on each element, in words a page's author can act on (rule, element, what is wrong). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const target = node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' ');
      const why = (node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300);
      return `${violation.id} (${violation.impact ?? 'unknown'}) at ${target}: ${node.html.slice(0, 200)} — ${why}`;
    }),
  );
}
