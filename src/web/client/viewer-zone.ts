/** The viewer's IANA zone, or undefined when the browser will not say (the server then uses the place's). */
export function viewerZone(): string | undefined {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && zone.includes('/') ? zone : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fills the forms' empty `tz` fields (`input[data-tz]`) with the viewer's zone, so that the
 * next search shows each meeting's time on the viewer's own clock as well as the meeting's.
 */
export function fillZoneFields(root: ParentNode = document): void {
  const zone = viewerZone();
  if (zone === undefined) return;
  for (const input of root.querySelectorAll<HTMLInputElement>('input[data-tz]')) if (input.value === '') input.value = zone;
}
