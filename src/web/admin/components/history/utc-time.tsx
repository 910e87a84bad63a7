const UTC_TEXT = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** An instant as volunteers read it, in UTC so that every reader sees the same time: "Nov 30, 2026, 6:30 PM UTC". */
export function utcText(iso: string): string {
  return `${UTC_TEXT.format(new Date(iso))} UTC`;
}

export function UtcTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{utcText(iso)}</time>;
}
