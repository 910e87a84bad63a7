import { sameClock } from '../../domain/zone-name.js';
import { ZONE_PLACEHOLDER } from '../client/viewer-zone.js';
import { messages } from '../i18n/messages.js';
import { zoneName } from './schedule-text.js';

export interface ZoneNoteProps {
  /** The visitor's zone, when the request named one. */
  viewerZone: string | null;
  /** The zones of the times the page shows, each on its meeting's own clock. */
  zones: readonly string[];
  now: number;
}

/**
 * One sentence on which clock the page's times are on, for a sentence or paragraph of the page
 * to hold. Without the visitor's zone the server can only say each meeting's own; the page's
 * script then knows the browser's zone and says it again, from the wordings given here, so that
 * every word stays in the catalogue. Nothing when the page shows no times.
 */
export function ZoneNote({ viewerZone, zones, now }: ZoneNoteProps) {
  if (zones.length === 0) return null;
  const text = messages().zoneNote;
  const distinct = [...new Set(zones)];
  if (viewerZone !== null) {
    const name = zoneName(viewerZone, now);
    const yours = distinct.every((zone) => sameClock(zone, viewerZone, now));
    // A shared link carries its sender's zone: the script offers the reader their own (data-zone-switch).
    return (
      <span class="zone-note" data-zone-switch={text.switchTo(ZONE_PLACEHOLDER)}>
        {yours ? text.yours(name) : text.notYours(name)}
      </span>
    );
  }
  return (
    <span
      class="zone-note"
      data-zone-note
      data-zones={distinct.join(' ')}
      data-yours={text.yours(ZONE_PLACEHOLDER)}
      data-not-yours={text.notYours(ZONE_PLACEHOLDER)}
    >
      {text.local}
    </span>
  );
}
