import { locationProblem, nearMeUrl } from './near-me-url.js';
import { rememberLocation } from './place-memory.js';
import { carryViewerZone, viewerZone } from './viewer-zone.js';

/**
 * "Near me": buttons marked `data-near-me` (hidden in the HTML, since they need JavaScript) are shown;
 * a press asks the browser for the place once and opens the search sorted by distance. Nothing is
 * asked before the press. The attribute's value, if any, is extra query (e.g. "status=soon").
 */
function enhance(button: HTMLButtonElement): void {
  // A live region next to the button, present before anything is said in it, so screen readers announce it.
  const status = document.createElement('p');
  status.className = 'near-me-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.setAttribute('data-near-me-status', '');
  button.insertAdjacentElement('afterend', status);
  button.hidden = false;

  let asking = false;
  button.addEventListener('click', (event) => {
    event.preventDefault();
    if (asking) return;
    if (!('geolocation' in navigator)) {
      status.textContent = locationProblem(null);
      return;
    }
    asking = true;
    button.setAttribute('aria-busy', 'true');
    status.textContent = 'Finding your location…';
    const done = () => {
      asking = false;
      button.removeAttribute('aria-busy');
    };
    navigator.geolocation.getCurrentPosition(
      (position) => {
        status.textContent = 'Opening meetings near you…';
        rememberLocation(position.coords.latitude, position.coords.longitude);
        const extra = button.getAttribute('data-near-me') ?? '';
        window.location.assign(nearMeUrl(position.coords.latitude, position.coords.longitude, viewerZone(), extra));
        done();
      },
      (error) => {
        status.textContent = locationProblem(error.code);
        done();
      },
      // A rough, recent place is enough, and spares the battery and the wait.
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 10 * 60_000 },
    );
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-near-me]')) enhance(button);
carryViewerZone();
