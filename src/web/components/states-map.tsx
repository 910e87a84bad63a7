import { shadeBounds, shadeLabels, shadeStep } from '../shading.js';
import { statesMap } from '../states-map.js';

/** Meetings per state, by upper-case code; every jurisdiction is present. */
export interface StateCountEntry {
  code: string;
  name: string;
  count: number;
}

/** States drawn smaller than this (square map pixels) also get a dot, so they can be seen and clicked. */
const MARKER_BELOW_AREA = 60;

function meetingsLabel(count: number): string {
  return count === 1 ? '1 meeting' : `${count.toLocaleString('en-US')} meetings`;
}

/**
 * The map of the states, each a link to its page, shaded by its number of meetings. Colour
 * is never the only cue: each link is named "Oregon: 312 meetings", shows that as a tooltip,
 * and the list below the map says the same in text.
 */
export function StatesMap({ states }: { states: readonly StateCountEntry[] }) {
  const geometry = statesMap();
  const byCode = new Map(states.map((s) => [s.code, s]));
  const bounds = shadeBounds(states.map((s) => s.count));
  const labels = shadeLabels(bounds);
  return (
    <figure class="states-map">
      <svg
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        role="group"
        aria-label="Map of the United States: choose a state to see its meetings"
      >
        {geometry.states.map((outline) => {
          const entry = byCode.get(outline.code);
          const count = entry?.count ?? 0;
          const name = `${outline.name}: ${meetingsLabel(count)}`;
          const shade = `shade-${shadeStep(count, bounds)}`;
          return (
            <a key={outline.code} href={`/states/${outline.code.toLowerCase()}`} aria-label={name}>
              <title>{name}</title>
              {outline.d && <path class={shade} d={outline.d} />}
              {outline.area < MARKER_BELOW_AREA && <circle class={shade} cx={outline.centre[0]} cy={outline.centre[1]} r={7} />}
            </a>
          );
        })}
      </svg>
      <figcaption>
        <span class="visually-hidden">Shading: </span>
        <ul class="map-legend">
          <li>
            <Swatch step={0} /> none listed yet
          </li>
          {labels.map((label, i) => (
            <li key={label}>
              <Swatch step={i + 1} /> {label} meetings
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

function Swatch({ step }: { step: number }) {
  return (
    <svg class="swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
      <rect class={`shade-${step}`} width="16" height="16" rx="3" />
    </svg>
  );
}

/** Every state as a plain link with its count: the map's text twin, for keyboards, screen readers and small screens. */
export function StateList({ states }: { states: readonly StateCountEntry[] }) {
  return (
    <ul class="state-grid">
      {states.map((state) => (
        <li key={state.code}>
          <a href={`/states/${state.code.toLowerCase()}`}>{state.name}</a>{' '}
          <span class="muted">
            {state.count.toLocaleString('en-US')}
            <span class="visually-hidden"> {state.count === 1 ? 'meeting' : 'meetings'}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
