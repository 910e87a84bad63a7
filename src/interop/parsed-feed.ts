import type { SourceFormat } from '../domain/format.js';
import type { MeetingInput } from '../domain/meeting.js';
import type { FeedServiceBody } from '../domain/service-body.js';

/**
 * What a feed parser (BMLT or Meeting Guide) hands to the import: rows shaped like a
 * MeetingInput but not yet checked against the store's codes, plus the rows it could not
 * read at all. The import validates each meeting and reports the ones that fail.
 */
export interface FeedMeeting {
  /** The source's own id for the meeting (BMLT id_bigint, Meeting Guide slug or id). */
  externalId: string;
  /** 1-based position in the feed, for reports. */
  row: number;
  /**
   * Built by the parser, but not yet checked against the store's codes. The import sets the
   * service body (from `serviceBodyExternalId`), the source and the external id.
   */
  input: Omit<MeetingInput, 'serviceBodyId'>;
  /** The source's id of the meeting's service body, resolved by the import. */
  serviceBodyExternalId: string | null;
  /** Things repaired or dropped that kept the row (an unknown type code, stripped HTML). */
  warnings: string[];
  /**
   * The feed's keys of formats the catalogue lacks ("Ti", "Potluck"), described in the feed's
   * `formats`: the import adds them to the meeting once the store has codes for them.
   */
  sourceFormats?: string[];
  /**
   * How sure the row alone is of its time zone and country, until the feed-level pass
   * (`settleFeedPlaces`) weighs it against the rest of the feed and removes this.
   */
  place?: PlaceEvidence;
}

/** Firm: from the row's own words or an in-person venue. Guess: from an online meeting's coordinates. None: nothing. */
export type Certainty = 'firm' | 'guess' | 'none';

export interface PlaceEvidence {
  zone: Certainty;
  country: Certainty;
  /** With no zone: why the row is skipped if the feed cannot give it one either. */
  unplaced: string | null;
}

/**
 * What the importer is told about a feed before reading it, by the source or the command
 * line (`--program`, `--timezone`). Each is null when not told: the parsers' rules decide.
 */
export interface FeedDefaults {
  /** The program of every row. */
  program: string | null;
  /** The IANA zone of rows that give none. */
  timeZone: string | null;
}

export const NO_DEFAULTS: FeedDefaults = { program: null, timeZone: null };

/** Which program a feed's meetings were given, and why: for the import report. */
export interface ProgramDecision {
  code: string;
  /** given: by the source or --program; format: the feed format's own program; words: the feed names it. */
  how: 'given' | 'format' | 'words';
  reason: string;
}

/** The decision when the source or the command line named the program. */
export function givenProgram(code: string): ProgramDecision {
  return { code, how: 'given', reason: 'given by --program or the source' };
}

export interface SkippedRow {
  row: number;
  externalId: string | null;
  name: string | null;
  reason: string;
}

export interface ParsedFeed {
  meetings: FeedMeeting[];
  serviceBodies: FeedServiceBody[];
  skipped: SkippedRow[];
  /** Formats the feed has that the catalogue lacks, kept as formats of its source (a BMLT server's whole GetFormats). */
  formats?: SourceFormat[];
  /** The program every meeting was given; absent from a feed that was not read by a parser. */
  program?: ProgramDecision;
}
