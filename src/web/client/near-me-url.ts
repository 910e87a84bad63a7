/** Three decimals is about 100 m: enough to sort meetings by distance, too coarse to pin a home. */
export function roundCoordinate(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  // Math.round(-0.0004 * 1000) is -0: print it as 0.
  return (Object.is(rounded, -0) ? 0 : rounded).toFixed(3);
}

/**
 * The search page's address for "near me": the rounded place in the viewer's zone, in the search's usual
 * order for a place (what is on now and today first, nearest first within each).
 * `extra` is the button's own query (data-near-me="status=soon"), so one script serves every such link.
 */
export function nearMeUrl(latitude: number, longitude: number, timeZone: string | undefined, extra = ''): string {
  // A bare attribute renders as "" or "true" (Preact): only a value with "=" is a query.
  const params = new URLSearchParams(extra.includes('=') ? extra.replace(/^\?/, '') : '');
  for (const key of ['near', 'lat', 'lng', 'tz']) params.delete(key);
  params.set('lat', roundCoordinate(latitude));
  params.set('lng', roundCoordinate(longitude));
  if (timeZone) params.set('tz', timeZone);
  return `/meetings?${params.toString()}`;
}

/** What to say when the browser gives no place; GeolocationPositionError's codes, without needing the DOM. */
export function locationProblem(code: number | null): string {
  switch (code) {
    case 1:
      return 'Your browser did not share your location. You can type a ZIP code, city or state instead.';
    case 3:
      return 'Finding your location took too long. Try again, or type a ZIP code, city or state.';
    case null:
      return 'This browser cannot share a location. Type a ZIP code, city or state instead.';
    default:
      return 'Your location could not be found. Type a ZIP code, city or state instead.';
  }
}
