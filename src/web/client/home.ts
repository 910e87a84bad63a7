import './near-me.js';
import { showNextMeetings } from './next-meetings.js';
import { rememberSearches } from './place-memory.js';
import { suggestPlaces } from './place-suggest.js';

/** The home page's island: near me, place suggestions, and the next meetings near the visitor. */
suggestPlaces();
rememberSearches();
void showNextMeetings();
