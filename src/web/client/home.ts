import './near-me.js';
import { suggestPlaces } from './place-suggest.js';

/** The home page's island: near me and place suggestions. */
suggestPlaces();
