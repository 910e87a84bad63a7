/** The viewer's IANA zone, or undefined when the browser will not say (the server then uses the place's). */
export function viewerZone(): string | undefined {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && zone.includes('/') ? zone : undefined;
  } catch {
    return undefined;
  }
}
