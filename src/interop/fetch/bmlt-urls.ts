import { FetchError } from './fetch-error.js';

/** The three answers an import reads from a BMLT root server. */
export interface BmltRequests {
  meetings: string;
  formats: string;
  serviceBodies: string;
}

const CLIENT_INTERFACE = 'client_interface/';

function switcher(root: URL, name: string): string {
  return new URL(`${CLIENT_INTERFACE}json/?switcher=${name}`, root).href;
}

/**
 * Where to read a BMLT server's meetings, formats and service bodies. A root such as
 * https://example.org/main_server/ gets the three switchers under its client_interface; a
 * URL that already is a GetSearchResults query is read as it is (its filters are the
 * operator's choice), with formats and service bodies from the same server.
 */
export function bmltRequests(text: string): BmltRequests {
  const url = new URL(text);
  const at = url.pathname.indexOf(CLIENT_INTERFACE);
  const root = new URL(url.href);
  root.search = '';
  root.hash = '';
  if (at >= 0) root.pathname = url.pathname.slice(0, at);
  else if (!root.pathname.endsWith('/')) root.pathname += '/';

  const asked = url.searchParams.get('switcher');
  if (at >= 0 && asked !== null && asked !== 'GetSearchResults') {
    throw new FetchError(`${url.origin}${url.pathname} asks for ${asked}: give the server's root or a GetSearchResults URL`);
  }
  const meetings = asked === 'GetSearchResults' ? url.href : switcher(root, 'GetSearchResults');
  return { meetings, formats: switcher(root, 'GetFormats'), serviceBodies: switcher(root, 'GetServiceBodies') };
}
