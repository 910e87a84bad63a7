import { carryViewerZone } from './viewer-zone.js';

/** The island of pages with no other script (state, city, print, not found): the visitor's zone, carried on. */
carryViewerZone();
