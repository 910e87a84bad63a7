import type { Attendance } from '../../domain/attendance.js';
import type { ChallengeCategory } from '../../domain/challenge.js';
import type { SortOrder } from '../../domain/query.js';
import { WEEKDAY_NAMES, type Weekday } from '../../domain/weekday.js';
import { adminEn } from './en-admin.js';
import { pluralForm } from './plural.js';

/**
 * The text of the pages in English. A message that takes values is a function; a sentence with
 * a link in it is split around the link, so that the page keeps its markup and a translation
 * only its words. `Messages` is this object's type: another language's file must match it.
 */

const LOCALE = 'en-US';

function number(count: number): string {
  return count.toLocaleString(LOCALE);
}

function meetings(count: number): string {
  return `${number(count)} ${pluralForm(LOCALE, count, { one: 'meeting', other: 'meetings' })}`;
}

const days: readonly string[] = WEEKDAY_NAMES;

/** The program most of a page's meetings belong to, or null when none holds most of them. */
type MainProgram = { code: string; name: string } | null;

/** "NA meetings in Ohio", or "Meetings in Ohio" for a place without one main program. */
function inPlace(program: MainProgram, where: string): string {
  if (program === null) return `Meetings in ${where}`;
  return `${programWords[program.code]?.short ?? program.code} meetings in ${where}`;
}

const attendance: Record<Attendance, string> = {
  in_person: 'In person',
  online: 'Online',
  hybrid: 'In person and online',
  temporarily_closed: 'Temporarily closed',
};

/** Each challenge, named and described in one plain sentence. */
const challenges: Record<ChallengeCategory, { name: string; about: string }> = {
  addiction: {
    name: 'Addiction',
    about: 'For anyone who wants to stop using drugs, or to stay stopped, and for the people close to them.',
  },
  anxiety_depression: {
    name: 'Anxiety and depression',
    about: 'For living with worry, panic or low mood, among people who know what it is like.',
  },
  grief_trauma: { name: 'Grief and trauma', about: 'For carrying a loss or something hard that happened, at your own pace.' },
  chronic_illness: {
    name: 'Chronic illness',
    about: 'For living with a long illness or long pain, and for those who care for someone who does.',
  },
  life_transitions: { name: 'Life transitions', about: 'For big changes: a divorce, a move, a lost job, a new baby, growing older.' },
};

/** How the pages speak of a program's meetings: its short name and what open and closed mean there. */
export interface ProgramWords {
  /** In tags and headings: "AA meetings in Ohio". */
  short: string;
  /** "Find an AA meeting". */
  aMeeting: string;
  openMeans: string;
  closedMeans: string;
  /** The "Closed" choice of the search filters. */
  closedMeeting: string;
}

/** By program code. NA's lines are the ones the pages have always had. */
const programWords: Readonly<Record<string, ProgramWords>> = {
  NA: {
    short: 'NA',
    aMeeting: 'an NA meeting',
    openMeans: 'Open meetings welcome anyone: people in recovery, family, friends, students and anyone curious.',
    closedMeans: 'Closed meetings are for people who have a drug problem or think they might; a desire to stop using is all it takes.',
    closedMeeting: 'Closed: for people with a drug problem',
  },
  AA: {
    short: 'AA',
    aMeeting: 'an AA meeting',
    openMeans: 'Open meetings welcome anyone: people with a drinking problem, family, friends, students and anyone curious about AA.',
    closedMeans:
      'Closed meetings are for people who want to stop drinking, or think they might have a drinking problem; a desire to stop drinking is all it takes.',
    closedMeeting: 'Closed: for people who want to stop drinking',
  },
  'AL-ANON': {
    short: 'Al-Anon',
    aMeeting: 'an Al-Anon meeting',
    openMeans: 'Open meetings welcome anyone interested in Al-Anon, including students and professionals.',
    closedMeans:
      'Closed meetings are for family and friends of someone with a drinking problem: anyone affected by another person’s drinking.',
    closedMeeting: 'Closed: for family and friends of someone who drinks',
  },
  'NAR-ANON': {
    short: 'Nar-Anon',
    aMeeting: 'a Nar-Anon meeting',
    openMeans: 'Open meetings welcome anyone interested in Nar-Anon, including students and professionals.',
    closedMeans:
      'Closed meetings are for family and friends of someone with a drug problem: anyone affected by another person’s addiction.',
    closedMeeting: 'Closed: for family and friends of someone who uses',
  },
  SMART: {
    short: 'SMART Recovery',
    aMeeting: 'a SMART Recovery meeting',
    openMeans: 'Open meetings welcome anyone: people changing an addictive behaviour, family, friends and anyone curious.',
    closedMeans: 'Closed meetings are for people who want to change their own addictive behaviour.',
    closedMeeting: 'Closed: for people changing their own behaviour',
  },
  PEER: {
    short: 'Peer support',
    aMeeting: 'a peer support group',
    openMeans: 'Open meetings welcome anyone who would like to come.',
    closedMeans: 'Closed meetings are for the people the group is for, not visitors; ask the group if you are not sure it is for you.',
    closedMeeting: 'Closed: for members only',
  },
};

/** For a program without words of its own, and for a page that shows several programs. */
const anyProgramWords: ProgramWords = {
  short: '',
  aMeeting: 'a meeting',
  openMeans: 'Open meetings welcome anyone, including family, friends and anyone curious.',
  closedMeans: 'Closed meetings are for the people the group is for, not visitors; ask the group if you are not sure it is for you.',
  closedMeeting: 'Closed: for members only',
};

/** "an NA meeting", or "a meeting" for a site without one main program. */
function aMeeting(program: MainProgram): string {
  return (program && programWords[program.code]?.aMeeting) ?? 'a meeting';
}

export const en = {
  /** The `lang` of every page. */
  lang: 'en',
  locale: LOCALE,
  number,
  meetings,
  /** "Tuesday". */
  day: (day: Weekday): string => days[day] ?? '',
  /** "Tuesdays": how a weekly meeting's day is said. */
  everyDay: (day: Weekday): string => `${days[day] ?? ''}s`,
  attendance,
  challenges,
  online: 'Online',
  open: 'Open',
  closed: 'Closed',
  /** A program's words by its code; a program without its own (or null: several) gets general ones, its short name its code. */
  program: (code: string | null): ProgramWords =>
    code === null ? anyProgramWords : (programWords[code] ?? { ...anyProgramWords, short: code }),

  when: {
    today: 'Today',
    tomorrow: 'Tomorrow',
    inProgress: 'In progress',
    inProgressUntil: (clock: string): string => `In progress, until ${clock}`,
    startsNow: 'Starts now',
    starts: (relative: string): string => `Starts ${relative}`,
    happeningNowUntil: (clock: string): string => `Happening now, until ${clock}`,
    next: (occurrence: string, relative: string): string => `Next: ${occurrence}, ${relative}`,
    startingNow: 'starting now',
    yourTime: (occurrence: string, zone: string): string => `${occurrence} your time (${zone})`,
    distance: (shown: string, unit: string): string => `${shown} ${unit} away`,
    closeBy: (unit: string): string => `less than 0.1 ${unit} away`,
  },

  layout: {
    title: (page: string, site: string): string => `${page} · ${site}`,
    thenDial: (code: string): string => `then ${code}`,
    helpNow: 'Help right now',
    talkNow: 'Need to talk to someone now?',
    crisis: '. In a crisis, call or text ',
    sampleLabel: 'Sample data',
    sampleTitle: 'Sample data.',
    sampleText: ' These meetings are made up, for trying OpenRooms out. Please do not go to them.',
    skip: 'Skip to main content',
    mainNav: 'Main',
    findMeeting: 'Find a meeting',
    onlineNow: 'Online now',
    states: 'States',
    myMeetings: 'My meetings',
    privacy: 'No accounts, no cookies, no tracking. What you search for stays between you and this page.',
    forApps: 'For apps and websites: ',
    meetingGuideFeed: 'Meeting Guide feed',
    bmltApi: 'BMLT semantic API',
    jsonApi: 'JSON API',
  },

  searchBox: {
    place: 'ZIP code, city or state',
    placeExample: '97201 or Portland, OR',
    submit: 'Find meetings',
    /** The suggestions while typing (client/place-suggest.ts); "{count}" is filled in there. */
    suggestions: 'Suggested places',
    suggested: {
      one: '1 place suggested. Use the up and down arrow keys to choose it, then Enter.',
      other: '{count} places suggested. Use the up and down arrow keys to choose one, then Enter.',
    },
    noSuggestion: 'No place suggested. A ZIP code, a city or a state will do.',
  },

  meetingItem: {
    noPlace: 'Place not given',
    closedForNow: 'Temporarily closed',
    join: 'Join',
    joinNamed: (name: string): string => `Join ${name} online`,
    call: 'Call in',
    callNamed: (name: string): string => `Call in to ${name}`,
    directions: 'Directions',
    directionsNamed: (name: string): string => `Directions to ${name}`,
  },

  zoneNote: {
    yours: (zone: string): string => `Times shown in ${zone}, your time zone.`,
    notYours: (zone: string): string => `Times are each meeting’s local time. Your time zone is ${zone}.`,
    local: 'Times are each meeting’s local time.',
    switchTo: (zone: string): string => `Show them in your time zone, ${zone}`,
  },

  filters: {
    label: 'Search filters',
    fromLink: (value: string): string => `${value} (from the link)`,
    error: 'Error: ',
    didYouMean: 'Did you mean',
    or: ' or ',
    search: 'Search',
    filtersSummary: 'Filters',
    inUse: (count: number): string => ` · ${count} in use`,
    clear: 'Clear filters',
    day: 'Day',
    anyDay: 'Any day',
    today: 'Today',
    tomorrow: 'Tomorrow',
    when: 'When',
    anyTimeThisWeek: 'Any time this week',
    now: 'Happening now',
    soon: 'Starting within the hour',
    laterToday: 'Still to come today',
    timeOfDay: "Time of day (the meeting's own clock)",
    after: 'Starts at or after',
    before: 'Starts before',
    anyTime: 'Any time',
    morning: 'Morning: 5:00 AM',
    afternoon: 'Afternoon: 12:00 PM',
    evening: 'Evening: 5:00 PM',
    noon: '12:00 PM (noon)',
    fivePm: '5:00 PM',
    ninePm: '9:00 PM',
    howToAttend: 'How to attend',
    anyWay: 'Any way',
    inPerson: 'In person',
    hybrid: 'Both (hybrid)',
    openOrClosed: 'Open or closed',
    either: 'Either',
    openMeeting: 'Open: anyone may come',
    distance: 'Distance',
    usualDistance: 'Usual for the place',
    miles: (miles: string): string => `${miles} miles`,
    formats: 'Formats (all that are ticked)',
    language: 'Language',
    anyLanguage: 'Any language',
    languages: { en: 'English', es: 'Spanish', fr: 'French', pt: 'Portuguese', ru: 'Russian', fa: 'Persian' },
    program: 'Program',
    anyProgram: 'Any program',
    category: 'What it helps with',
    anyCategory: 'Any',
    words: 'Name or words',
    order: 'Order',
    usualOrder: 'Today first with a place, else soonest',
    todayFirst: 'Today first',
    nearestFirst: 'Nearest first',
    soonestFirst: 'Soonest first',
    byName: 'By name',
    show: 'Show',
    oneList: 'One list',
    byDay: 'Grouped by day',
    submit: 'Show meetings',
  },

  home: {
    title: (program: MainProgram): string => `Find ${aMeeting(program)} near you or online`,
    description: (total: number, program: MainProgram): string =>
      `Search ${number(total)} ${program ? `${program.name} ` : ''}meetings a week by ZIP code, city or state, in person and online, across the 50 states and DC.`,
    heading: (program: MainProgram): string => `Find ${aMeeting(program)}`,
    lead: (program: MainProgram): string =>
      `${program ? `${program.name} meetings` : 'Meetings'} near you and online. Type a ZIP code, a city or a state; no account needed.`,
    nearMe: 'Meetings near me',
    today: 'Meetings today',
    soon: 'Starting soon',
    onlineNow: 'Online now',
    byState: 'Meetings by state',
    weekly: (total: number): string => `${number(total)} meetings a week, `,
    everyState: 'in every state and DC',
    someStates: (count: number): string => `in ${count} of the 50 states and DC`,
    chooseState: '. Choose a state to see its cities, when its meetings start and who keeps its list.',
    allStates: 'All states, with their number of meetings',
    byChallenge: 'Support groups by challenge',
    /** The next meetings near the visitor, drawn by client/next-meetings.ts with `when` and `online` above; "{…}" slots are filled in there. */
    next: {
      heading: (place: string): string => `Next meetings near ${place}`,
      headingHere: 'Next meetings near you',
      seeAll: (place: string): string => `See all meetings near ${place}`,
      seeAllHere: 'See all meetings near you',
      none: (place: string): string => `No meetings found near ${place} in the coming week.`,
      noneHere: 'No meetings found near you in the coming week.',
      today: 'Today',
      tomorrow: 'Tomorrow',
      dayAndClock: (day: string, clock: string): string => `${day} ${clock}`,
      join: 'Join',
      forget: 'Forget this place',
      forgotten: 'This device no longer keeps a place. Type one to search again.',
    },
  },

  search: {
    checkSearch: 'Check your search',
    onlineMeetings: 'Online meetings',
    meetingsWord: 'Meetings',
    near: (what: string, place: string): string => `${what} near ${place}`,
    findMeeting: 'Find a meeting',
    problem: 'There is a problem with the search',
    notInForm: 'This part of the search is not in the form below. ',
    startOver: 'Start a new search',
    noMatch: 'No meetings match this search.',
    nearestMatching: 'The nearest meetings that match, however far',
    nearestAny: 'The nearest meetings, however far',
    moreNearest: 'More of the nearest meetings',
    onlineNow: 'Online meetings happening now',
    noneOnlineNow: 'None of the online meetings is in progress right now.',
    onlineSoon: 'Online meetings starting within the hour',
    showing: (first: number, last: number): string => `${first}–${last}, `,
    order: {
      today: 'on now and today first',
      distance: 'nearest first',
      next: 'soonest first',
      name: 'by name',
      weekly: 'by weekday and start time',
    } satisfies Record<SortOrder, string>,
    everywhere: 'Meetings everywhere, online and in person.',
    addPlace: 'Add your ZIP code or city',
    moreResults: 'More results',
    backToFirst: 'Back to the first meetings',
    more: 'More meetings',
    map: 'Map',
    showMap: 'Show map',
    exportsStart: 'This search as a ',
    calendar: 'calendar (.ics)',
    exportsComma: ', a ',
    spreadsheet: 'spreadsheet (CSV)',
    exportsOr: ' or a',
    printable: 'printable list',
    exportsEnd: '. The address of this page keeps the search: bookmark it or share it.',
    description: (count: number, place: string | null | undefined): string =>
      `${meetings(count)} ${place ? `near ${place}` : 'found'}: times, places and how to join.`,
    blankDescription: 'Search for meetings by place, day, time and format.',
    filters: 'Filters',
  },

  meeting: {
    backToResults: 'Back to results',
    closedHeading: 'This meeting is temporarily closed',
    meetsOnlineForNow: 'It is not meeting in person. This group meets online for now:',
    checkBeforeGoing: (body: string | null): string =>
      `It is not meeting for now. Check with the group${body ? ` or ${body}` : ''} before you go, or `,
    othersNearby: 'find other meetings nearby',
    whenUsually: 'When it usually meets',
    whereUsually: 'Where it usually meets',
    when: 'When',
    thatIs: (viewer: string): string => `That is ${viewer}.`,
    addToCalendar: 'Add to calendar',
    where: 'Where',
    noAddress: 'The address has not been given.',
    approximate: 'The map position is approximate: it marks the area, not the building.',
    basedIn: (place: string): string =>
      `This online meeting is based in ${place}. Its position on the map is approximate: it marks the town.`,
    trains: (lines: string): string => `Trains: ${lines}. `,
    buses: (lines: string): string => `Buses: ${lines}.`,
    directions: 'Directions',
    directionsIn: (app: string): string => `Directions in ${app}`,
    joinOnline: 'Join online',
    noLink: 'The group has not published a link. The service body below may know how to join.',
    byPhone: 'By phone: ',
    about: 'About this meeting',
    openTitle: 'Open.',
    closedTitle: 'Closed.',
    notSaidOpen: 'The group has not said whether the meeting is open or closed. ',
    access: 'Access:',
    wheelchair: 'the group says the room is wheelchair accessible.',
    wheelchairUnknown: 'the group has not said whether the room is wheelchair accessible; ask the service body if you need to know.',
    program: (name: string): string => `Program: ${name}`,
    group: (name: string): string => `Group: ${name}`,
    formats: 'Formats',
    notes: 'Notes from the group',
    website: 'The group’s own web page',
    whoLists: 'Who lists this meeting',
    keeps: (body: string): string => `${body} keeps this listing. Ask them if something is wrong or unclear.`,
    helpline: 'Helpline: ',
    bodyWebsite: (body: string): string => `${body} website`,
    share: 'Share or keep',
    link: 'Link to this meeting',
    email: 'Send by email',
    text: 'Send by text message',
    save: 'Save this meeting',
    description: (name: string, program: string | null, schedule: string, place: string, closedForNow: boolean): string =>
      `${name}${program ? `, a meeting of ${program}` : ''}: ${schedule}${place ? `, ${place}` : ''}. ${
        closedForNow ? 'Temporarily closed: check with the group before you go.' : 'Directions, formats and how to join.'
      }`,
    sampleTitle: 'This is a sample meeting, not a real one.',
    sampleText: ' It is made up to show how the site works.',
    findOthers: 'Find other meetings',
    // Correction requests (issue 12 §7): when the listing was last checked, and telling the volunteers what is wrong.
    checkedToday: 'Last checked by a volunteer today.',
    checkedYesterday: 'Last checked by a volunteer yesterday.',
    checkedOn: (date: string): string => `Last checked by a volunteer on ${date}.`,
    neverChecked: 'Not checked by a volunteer yet: confirm the details with the group if you can.',
    somethingWrong: 'Something wrong?',
    somethingWrongText: 'The volunteers who keep this list fix what visitors tell them. No account is needed.',
    suggestCorrection: 'Suggest a correction',
    suggestIntro: 'Fill in only what is different, and leave the rest empty.',
    fieldDay: 'Day',
    dayUnchanged: 'No change',
    fieldStartTime: 'Start time',
    fieldStreet: 'Street address',
    streetHint: 'The number and street, as it should be listed.',
    fieldConferenceUrl: 'Online meeting link',
    fieldConferencePhone: 'Phone number to join',
    fieldMessage: 'Anything else they should know',
    fieldEmail: 'Your email (optional)',
    emailHint: 'Only the volunteers who keep this list see it, if they have a question. Leave it empty to stay anonymous.',
    honeypot: 'Leave this empty',
    sendCorrection: 'Send the correction',
    didNotHappen: 'This meeting did not happen',
    didNotHappenIntro: 'Went and found no meeting? Tell the volunteers, so they can check with the group.',
    fieldMissedOn: 'The date you went (optional)',
    fieldMissedMessage: 'What you found (optional)',
    sendDidNotHappen: 'Report that it did not happen',
    correctionThanks: 'Thank you. The volunteers who keep this list will look at what you sent.',
    correctionErrors: (count: number): string => (count === 1 ? 'One field needs a look:' : `${count} fields need a look:`),
    correctionProblems: {
      nothing: 'Fill in what has changed, or say what is wrong in the message.',
      weekday: 'Choose a day of the week.',
      time: 'Give the time as hours and minutes, for example 19:30 or 7:30 PM.',
      url: 'Give the whole link, starting with https:// or http://.',
      phone: 'Give a phone number: digits, spaces and + ( ) - , # *.',
      email: 'This does not look like an email address. Check it, or leave it empty.',
      date: 'Give a date such as 2026-03-08.',
      tooLong: 'This is too long. Please shorten it.',
    },
    tooManyCorrectionsTitle: 'Too many suggestions',
    tooManyCorrections: 'Too many suggestions came from here in a short time. Please wait a few minutes and try again.',
  },

  state: {
    title: (name: string, count: number, program: MainProgram): string => `${inPlace(program, name)}: ${meetings(count)} a week`,
    description: (name: string, summary: string, program: MainProgram): string =>
      `${program ? `${program.name} in ${name}` : `Meetings in ${name}`}: ${summary} Cities, meeting times and service bodies.`,
    noneSummary: (name: string): string => `No meetings are listed in ${name} yet.`,
    summary: (count: number, cities: number, online: number): string =>
      `${meetings(count)} a week in ${cities === 1 ? '1 city' : `${number(cities)} cities`}; ${number(online)} of them online or hybrid.`,
    heading: (name: string, program: MainProgram): string => inPlace(program, name),
    none: (name: string): string => `No meetings are listed in ${name} yet. Online meetings are open to everyone, wherever you are.`,
    aWeek: ' a week, ',
    onlineOrHybrid: ' of them online or hybrid.',
    search: (name: string): string => `Search meetings in ${name}`,
    printable: 'Printable schedule',
    onlineAndHybrid: 'Online and hybrid',
    about: (name: string): string => `About ${name}`,
    cities: 'Cities and towns',
    citiesText: (count: number): string =>
      `${count === 1 ? 'The one place' : `All ${number(count)} places`} with meetings, each with its number of meetings a week.`,
    weekHeading: 'When meetings start',
    weekText: 'Each square is one hour of the week, in local time; the stronger its colour, the more meetings start then.',
    bodies: 'Service bodies',
    bodiesText: 'The regions and areas that keep these meetings listed. Their helplines can tell you about meetings and events nearby.',
    bodyType: { region: 'Region', area: 'Area', other: 'Service body' },
    here: (count: number): string => `, ${meetings(count)} here`,
    helpline: 'Helpline: ',
  },

  heatmap: {
    summary: (place: string, day: string, hour: string, count: number): string =>
      `When meetings start in ${place}, by day and hour, in local time. The busiest hour is ${day} at ${hour}, with ${meetings(count)}.`,
    none: (place: string): string => `No meetings are listed in ${place} yet.`,
    shading: 'Shading',
    asTable: 'The same numbers as a table',
    caption: (place: string): string => `Meetings starting in each hour, by day, in ${place}`,
    starts: 'Starts',
    /** "Sun". */
    shortDay: (day: Weekday): string => (days[day] ?? '').slice(0, 3),
    /** "7 PM", "12 AM": the hour a meeting starts in, as people say it. */
    hourName: (hour: number): string => `${hour % 12 === 0 ? 12 : hour % 12} ${hour < 12 ? 'AM' : 'PM'}`,
    /** "7p": an hour in a narrow column. */
    shortHour: (hour: number): string => `${hour % 12 === 0 ? 12 : hour % 12}${hour < 12 ? 'a' : 'p'}`,
  },

  city: {
    title: (where: string, count: number, program: MainProgram): string => `${inPlace(program, where)}: ${meetings(count)} a week`,
    noneDescription: (where: string): string => `No meetings are listed in ${where} yet. Meetings nearby and online.`,
    description: (where: string, count: number, program: MainProgram): string =>
      `${meetings(count)} a week${program ? ` of ${program.name}` : ''} in ${where}, by day, with times, places and whether each is open or closed.`,
    breadcrumb: 'Breadcrumb',
    heading: (where: string, program: MainProgram): string => inPlace(program, where),
    none: 'No meetings are listed here yet. There may still be one close by, and online meetings are open to everyone.',
    near: (city: string): string => `Meetings near ${city}`,
    online: 'Online meetings',
    nearby: 'Nearby cities with meetings',
    lead: (online: number): string => ` a week, ${number(online)} of them online or hybrid. `,
    printable: 'Printable schedule',
    searchThese: 'Search and filter these meetings',
    allOfDay: (count: number, day: string, city: string): string => `All ${number(count)} ${day} meetings in ${city}`,
  },

  print: {
    heading: (title: string): string => `Meeting schedule: ${title}`,
    description: (count: number, title: string): string => `A printable day-by-day list of ${meetings(count)}: ${title}.`,
    print: 'Print this list',
    hint: 'Use your browser’s Print command (Ctrl+P, or ⌘+P on a Mac) to print this list. ',
    back: 'Back to the meetings',
    cut: (total: number, limit: number): string =>
      ` of ${number(total)}: a printed list holds at most ${number(limit)}; narrow the search to see the rest`,
    made: (date: string): string => `. List made ${date}. Times are local: each meeting’s own clock`,
    oneZone: (zone: string): string => ` (${zone})`,
    checkOnline: '. Check online before you go; lists change.',
    none: 'No meetings to list.',
    time: 'Time',
    meeting: 'Meeting',
    where: 'Where',
    formats: 'Formats',
    online: 'Online',
    phone: 'By phone: ',
    closedForNow: (place: string): string => `${place} (closed for now)`,
    legend: 'What the codes mean',
    near: (label: string): string => `meetings near ${label}`,
    forSearch: 'meetings for a search',
    inState: (state: string): string => `meetings in ${state}`,
  },

  notFound: {
    title: 'Page not found',
    description: 'This page is not here. Search for a meeting by ZIP code, city or state.',
    heading: (what: string): string => `We could not find that ${what}`,
    maybe: 'It may have moved, or the address may have a typo. You can still find a meeting near you:',
    orSee: 'Or see ',
    onlineNow: 'online meetings happening now',
  },

  myMeetings: {
    title: 'My meetings',
    description: 'The meetings you saved on this device, with their next times.',
    kept: 'Meetings you save are kept in this browser, on this device, and nowhere else: no account, nothing stored by us. To save one, open the meeting and press “Save this meeting”.',
    needsScript: 'Saved meetings live in your browser and need JavaScript to show. With JavaScript off you can still ',
    findMeetings: 'find meetings',
    bookmark: ' and bookmark their pages.',
    findMore: 'Find more meetings',
  },

  admin: adminEn,
};

export type Messages = typeof en;
