import { WEEKDAYS } from '../../domain/weekday.js';
import { messages } from '../i18n/messages.js';
import { busiestHour, shadeBounds, shadeLabels, shadeStep } from '../shading.js';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** Every third hour is labelled; each label spans its three columns. */
const LABELLED_HOURS = HOURS.filter((hour) => hour % 3 === 0);

/** The cells' drawing units: one column per hour, one row per day, with a gap. */
const CELL_W = 24;
const CELL_H = 22;
const GAP = 2;

/**
 * When meetings start across the week, as a 7 × 24 grid: a row per day (Sunday first), a
 * column per local starting hour, shaded by the number of meetings. The cells are one image
 * with a summary for screen readers; the same numbers are in a table that anyone can open.
 * The day and hour labels are HTML beside the image, not text in it: the image shrinks to a
 * phone's width, and text inside it would shrink too, to about 7 px.
 */
export function WeekHeatmap({ weekHours, placeName }: { weekHours: readonly number[]; placeName: string }) {
  const m = messages();
  const text = m.heatmap;
  const bounds = shadeBounds(weekHours, 4);
  const peak = busiestHour(weekHours);
  const summary = peak
    ? text.summary(placeName, m.day(WEEKDAYS[peak.weekday]!), text.hourName(peak.hour), peak.count)
    : text.none(placeName);
  const hoursWithMeetings = HOURS.filter((hour) => WEEKDAYS.some((day) => (weekHours[day * 24 + hour] ?? 0) > 0));
  return (
    <figure class="week-heatmap">
      <div class="heatmap-frame">
        <div class="heat-hours" aria-hidden="true">
          {LABELLED_HOURS.map((hour) => (
            <span key={hour}>{text.shortHour(hour)}</span>
          ))}
        </div>
        <div class="heat-days" aria-hidden="true">
          {WEEKDAYS.map((day) => (
            <span key={day}>{text.shortDay(day)}</span>
          ))}
        </div>
        {/* Stretched to the frame's width and a fixed height, so the rows line up with the day labels at any width. */}
        <svg class="heat-cells" viewBox={`0 0 ${24 * CELL_W} ${7 * CELL_H}`} preserveAspectRatio="none" role="img" aria-label={summary}>
          {WEEKDAYS.map((day) =>
            HOURS.map((hour) => (
              <rect
                key={`${day}-${hour}`}
                class={`shade-${shadeStep(weekHours[day * 24 + hour] ?? 0, bounds)}`}
                x={hour * CELL_W}
                y={day * CELL_H}
                width={CELL_W - GAP}
                height={CELL_H - GAP}
                rx={2}
              />
            )),
          )}
        </svg>
      </div>
      <figcaption>
        <p class="muted">{summary}</p>
        {bounds.length > 0 && (
          <ul class="map-legend" aria-label={text.shading}>
            {shadeLabels(bounds).map((label, i) => (
              <li key={label}>
                <svg class="swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                  <rect class={`shade-${i + 1}`} width="16" height="16" rx="3" />
                </svg>{' '}
                {label}
              </li>
            ))}
          </ul>
        )}
      </figcaption>
      {hoursWithMeetings.length > 0 && (
        <details class="heatmap-table">
          <summary>{text.asTable}</summary>
          <table>
            <caption class="visually-hidden">{text.caption(placeName)}</caption>
            <thead>
              <tr>
                <th scope="col">{text.starts}</th>
                {WEEKDAYS.map((day) => (
                  <th key={day} scope="col">
                    <abbr title={m.day(day)}>{text.shortDay(day)}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {hoursWithMeetings.map((hour) => (
                <tr key={hour}>
                  <th scope="row">{text.hourName(hour)}</th>
                  {WEEKDAYS.map((day) => (
                    <td key={day}>{weekHours[day * 24 + hour] ?? 0}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
