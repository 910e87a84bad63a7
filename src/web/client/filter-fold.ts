/** Wide enough that the filters sit beside the results (the stylesheet's .search-layout breakpoint). */
const SIDE_BY_SIDE = '(min-width: 52rem)';

/**
 * The filters are folded in the HTML so that on a phone the first meeting is on the first screen.
 * Beside the results on a wide screen they cost no space: there they are opened, once, and the
 * person may still fold them.
 */
export function openFiltersBesideResults(root: ParentNode = document): void {
  if (!window.matchMedia(SIDE_BY_SIDE).matches) return;
  for (const fold of root.querySelectorAll<HTMLDetailsElement>('details[data-filter-fold]')) fold.open = true;
}
