import { WEEKDAYS } from '../../domain/weekday.js';
import { busiestHour, shadeBounds, shadeLabels, shadeStep } from '../shading.js';
import { dayName } from './schedule-text.js';

const DAY_NAMES = WEEKDAYS.map(dayName);

const CELL_W = 24;
const CELL_H = 22;
const GAP = 2;
const LEFT = 40;
const TOP = 18;

/** "7 PM", "12 AM": the hour a meeting starts in, as people say it. */
export function hourName(hour: number): string {
  const suffix = hour < 12 ? 'AM' : 'PM';
  return `${hour % 12 === 0 ? 12 : hour % 12} ${suffix}`;
}

function shortHour(hour: number): string {
  return `${hour % 12 === 0 ? 12 : hour % 12}${hour < 12 ? 'a' : 'p'}`;
}

/**
 * When meetings start across the week, as a 7 × 24 grid: a row per day (Sunday first), a
 * column per local starting hour, shaded by the number of meetings. The picture is one image
 * with a summary for screen readers; the same numbers are in a table that anyone can open.
 */
export function WeekHeatmap({ weekHours, placeName }: { weekHours: readonly number[]; placeName: string }) {
  const bounds = shadeBounds(weekHours, 4);
  const peak = busiestHour(weekHours);
  const summary = peak
    ? `When meetings start in ${placeName}, by day and hour, in local time. The busiest hour is ${DAY_NAMES[peak.weekday]} at ${hourName(peak.hour)}, with ${peak.count} ${peak.count === 1 ? 'meeting' : 'meetings'}.`
    : `No meetings are listed in ${placeName} yet.`;
  const width = LEFT + 24 * CELL_W;
  const height = TOP + 7 * CELL_H;
  const hoursWithMeetings = Array.from({ length: 24 }, (_, hour) => hour).filter((hour) =>
    DAY_NAMES.some((_, day) => (weekHours[day * 24 + hour] ?? 0) > 0),
  );
  return (
    <figure class="week-heatmap">
      <div class="heatmap-frame">
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={summary}>
          {[0, 3, 6, 9, 12, 15, 18, 21].map((hour) => (
            <text key={hour} x={LEFT + hour * CELL_W} y={12} class="heat-label">
              {shortHour(hour)}
            </text>
          ))}
          {DAY_NAMES.map((day, row) => (
            <g key={day}>
              <text x={0} y={TOP + row * CELL_H + 15} class="heat-label">
                {day.slice(0, 3)}
              </text>
              {Array.from({ length: 24 }, (_, hour) => (
                <rect
                  key={hour}
                  class={`shade-${shadeStep(weekHours[row * 24 + hour] ?? 0, bounds)}`}
                  x={LEFT + hour * CELL_W}
                  y={TOP + row * CELL_H}
                  width={CELL_W - GAP}
                  height={CELL_H - GAP}
                  rx={3}
                />
              ))}
            </g>
          ))}
        </svg>
      </div>
      <figcaption>
        <p class="muted">{summary}</p>
        {bounds.length > 0 && (
          <ul class="map-legend" aria-label="Shading">
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
          <summary>The same numbers as a table</summary>
          <table>
            <caption class="visually-hidden">Meetings starting in each hour, by day, in {placeName}</caption>
            <thead>
              <tr>
                <th scope="col">Starts</th>
                {DAY_NAMES.map((day) => (
                  <th key={day} scope="col">
                    <abbr title={day}>{day.slice(0, 3)}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {hoursWithMeetings.map((hour) => (
                <tr key={hour}>
                  <th scope="row">{hourName(hour)}</th>
                  {DAY_NAMES.map((day, row) => (
                    <td key={day}>{weekHours[row * 24 + hour] ?? 0}</td>
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
