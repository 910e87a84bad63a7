import { getTypesForLanguage } from '@code4recovery/spec';
import type { Format, FormatType } from './format.js';

/**
 * The formats every store starts with: NA's standard formats, then every Meeting Guide spec
 * type that means something no NA format means (Big Book, Secular, Outdoor…).
 *
 * - `id` is the number BMLT clients match a format by (`format_shared_id_list`). It is
 *   given here, never computed, and never changes or is reused: append new formats with
 *   the next number. NA's formats keep the numbers they had when a format's number was its
 *   place in the list (1–43); the spec's types follow from 44.
 * - `code` is our key, unique in any case ("St" and "ST" cannot both be codes). For NA's
 *   formats it is BMLT's English `key_string` from its seeded catalogue (bmlt-server,
 *   create_initial_schema migration), case-sensitive as in BMLT ("So", "St", "Tr", "To").
 *   For the spec's types it is the spec's code, except where that code is one of NA's
 *   already (spec "B" is Big Book, NA "B" is Beginners: Big Book is "BB" here).
 * - `worldId` is the NA World Services code BMLT offers for the format
 *   (its admin UI's `nawsFormats` list), or null where NAWS has none.
 * - `meetingGuideCode` is a type code from the Meeting Guide spec
 *   (@code4recovery/spec), or null where no matching type exists.
 *
 * A spec type with the same meaning as an NA format (O, C, D, W, M, Y, X, BE, CF, LGBTQ…)
 * is that format, through its `meetingGuideCode`. The spec's language types are a meeting's
 * languages (`languages.ts`), not formats, apart from the few NA has language formats for.
 *
 * Every language format shares the worldId "LANG": NAWS has a single
 * "alternate language" code and records which language separately, so this
 * is the one worldId that legitimately repeats.
 */
/** NA's standard formats. Order: open/closed, meeting styles, literature, common needs, location, attendance, language. */
const NA_FORMATS: readonly Format[] = [
  // --- Open / closed -------------------------------------------------------
  {
    code: 'O',
    id: 1,
    type: 'open_closed',
    worldId: 'OPEN',
    meetingGuideCode: 'O',
    text: {
      en: {
        name: 'Open',
        description:
          'Anyone is welcome here, including family, friends and people who are simply curious about NA. You do not need to have a drug problem to come.',
      },
      es: {
        name: 'Abierta',
        description:
          'Cualquier persona puede asistir, incluidos familiares, amigos y quienes solo sienten curiosidad por NA. No hace falta tener un problema con las drogas para venir.',
      },
    },
  },
  {
    code: 'C',
    id: 2,
    type: 'open_closed',
    worldId: 'CLOSED',
    meetingGuideCode: 'C',
    text: {
      en: {
        name: 'Closed',
        description:
          'Only for people who have a problem with drugs, or who think they might. If that could be you, you belong here, even if you are not sure yet.',
      },
      es: {
        name: 'Cerrada',
        description:
          'Solo para personas que tienen un problema con las drogas o que creen que podrían tenerlo. Si ese puede ser su caso, aquí tiene un lugar aunque todavía tenga dudas.',
      },
    },
  },

  // --- Meeting styles ------------------------------------------------------
  {
    code: 'D',
    id: 3,
    type: 'meeting_style',
    worldId: 'DISC',
    meetingGuideCode: 'D',
    text: {
      en: {
        name: 'Discussion',
        description:
          'After a few opening readings, members take turns talking about how they are doing and about recovery. You are welcome to share, but you can also just listen.',
      },
      es: {
        name: 'Discusión',
        description:
          'Después de unas lecturas iniciales, los miembros se turnan para hablar de cómo les va y de su recuperación. Puede compartir si lo desea, pero también puede limitarse a escuchar.',
      },
    },
  },
  {
    code: 'SD',
    id: 4,
    type: 'meeting_style',
    worldId: 'S-D',
    // Meeting Guide has SP and D but no combined type; one code cannot say both.
    meetingGuideCode: null,
    text: {
      en: {
        name: 'Speaker/Discussion',
        description:
          'One member first tells their story of addiction and recovery, then the meeting opens up so others can share. Sharing is always optional.',
      },
      es: {
        name: 'Orador y discusión',
        description:
          'Primero un miembro cuenta su historia de adicción y recuperación; luego la reunión se abre para que otros compartan. Participar es siempre opcional.',
      },
    },
  },
  {
    code: 'So',
    id: 5,
    type: 'meeting_style',
    worldId: 'SPK',
    meetingGuideCode: 'SP',
    text: {
      en: {
        name: 'Speaker',
        description:
          'One or more members talk about their own experience while everyone else listens. It is a relaxed way to get to know NA without anyone asking you to speak.',
      },
      es: {
        name: 'Orador',
        description:
          'Uno o varios miembros hablan de su experiencia mientras el resto escucha. Es una forma tranquila de conocer NA sin que nadie le pida hablar.',
      },
    },
  },
  {
    code: 'To',
    id: 6,
    type: 'meeting_style',
    worldId: 'TOP',
    meetingGuideCode: null,
    text: {
      en: {
        name: 'Topic',
        description:
          'Each meeting centres on one theme, such as fear, honesty or getting through a hard day, picked by the leader or the group. Members share about it from their own lives.',
      },
      es: {
        name: 'Tema',
        description:
          'Cada reunión gira en torno a un tema, como el miedo, la honestidad o cómo pasar un día difícil, elegido por quien coordina o por el grupo. Los miembros hablan de ello desde su propia vida.',
      },
    },
  },
  {
    code: 'QA',
    id: 7,
    type: 'meeting_style',
    worldId: 'QA',
    meetingGuideCode: null,
    text: {
      en: {
        name: 'Questions and Answers',
        description:
          'People can ask questions about NA and recovery, and members with more time clean answer from their own experience. A good place to bring whatever you are wondering about.',
      },
      es: {
        name: 'Preguntas y respuestas',
        description:
          'Se pueden hacer preguntas sobre NA y la recuperación, y miembros con más tiempo limpios responden desde su experiencia. Es un buen lugar para traer cualquier duda que tenga.',
      },
    },
  },
  {
    code: 'RF',
    id: 8,
    type: 'meeting_style',
    worldId: 'VAR',
    meetingGuideCode: null,
    text: {
      en: {
        name: 'Rotating Format',
        description:
          'The style changes from week to week: one time it may be a discussion, the next a reading or a speaker. Any of them is a fine place to start.',
      },
      es: {
        name: 'Formato rotativo',
        description:
          'El estilo cambia de una semana a otra: a veces es de discusión, otras de lectura o de orador. Cualquiera de ellas es un buen punto de partida.',
      },
    },
  },
  {
    code: 'ME',
    id: 9,
    type: 'meeting_style',
    worldId: 'MED',
    meetingGuideCode: 'MED',
    text: {
      en: {
        name: 'Meditation',
        description:
          'Part of the meeting is spent in quiet meditation or reflection, often guided. No experience is needed; you can simply sit and breathe.',
      },
      es: {
        name: 'Meditación',
        description:
          'Parte de la reunión se dedica a meditar o reflexionar en silencio, a menudo de forma guiada. No hace falta experiencia: basta con sentarse y respirar.',
      },
    },
  },

  // --- Literature ----------------------------------------------------------
  {
    code: 'BT',
    id: 10,
    type: 'literature',
    worldId: 'BT',
    meetingGuideCode: 'LIT',
    text: {
      en: {
        name: 'Basic Text',
        description:
          'The group reads a passage from the Basic Text, NA’s main book, and then talks about it. You do not need your own copy; the reading is usually done aloud.',
      },
      es: {
        name: 'Texto Básico',
        description:
          'El grupo lee un fragmento del Texto Básico, el libro principal de NA, y luego conversa sobre él. No necesita traer su propio ejemplar; normalmente se lee en voz alta.',
      },
    },
  },
  {
    code: 'JT',
    id: 11,
    type: 'literature',
    worldId: 'JFT',
    meetingGuideCode: 'LIT',
    text: {
      en: {
        name: 'Just for Today',
        description:
          'The group reads the page for the day from Just for Today, NA’s book of daily meditations, and members share what it brings up for them.',
      },
      es: {
        name: 'Sólo por hoy',
        description:
          'El grupo lee la página del día de Sólo por hoy, el libro de meditaciones diarias de NA, y los miembros comentan lo que les hace pensar.',
      },
    },
  },
  {
    code: 'IW',
    id: 12,
    type: 'literature',
    worldId: 'IW',
    meetingGuideCode: 'LIT',
    text: {
      en: {
        name: 'It Works: How and Why',
        description:
          'The group studies It Works: How and Why, an NA book that goes through each of the Twelve Steps and Twelve Traditions in depth.',
      },
      es: {
        name: 'Funciona: cómo y por qué',
        description:
          'El grupo estudia Funciona: cómo y por qué, un libro de NA que repasa con calma cada uno de los Doce Pasos y las Doce Tradiciones.',
      },
    },
  },
  {
    code: 'SG',
    id: 13,
    type: 'literature',
    worldId: 'SWG',
    // The Step Working Guides are a step study; Meeting Guide's "Step Study" fits best.
    meetingGuideCode: 'ST',
    text: {
      en: {
        name: 'Step Working Guides',
        description:
          'Members go through the questions in the NA Step Working Guides together, one step at a time. If you are new, you can listen and see what working the steps looks like.',
      },
      es: {
        name: 'Guía para trabajar los pasos',
        description:
          'Los miembros repasan juntos las preguntas de la Guía para trabajar los pasos de NA, paso a paso. Si es nuevo en NA, puede escuchar y ver en qué consiste trabajar los pasos.',
      },
    },
  },
  {
    code: 'LC',
    id: 14,
    type: 'literature',
    worldId: 'LC',
    meetingGuideCode: 'LIT',
    text: {
      en: {
        name: 'Living Clean',
        description:
          'The group reads and discusses Living Clean: The Journey Continues, an NA book about everyday life as recovery goes on over the years.',
      },
      es: {
        name: 'Vivir limpios',
        description:
          'El grupo lee y comenta Vivir limpios: el viaje continúa, un libro de NA sobre la vida cotidiana a medida que la recuperación avanza con los años.',
      },
    },
  },
  {
    code: 'GP',
    id: 15,
    type: 'literature',
    worldId: 'GP',
    // A book about the Traditions; Meeting Guide's "Tradition Study" fits best.
    meetingGuideCode: 'TR',
    text: {
      en: {
        name: 'Guiding Principles',
        description:
          'The group studies Guiding Principles: The Spirit of Our Traditions, an NA book about putting the Twelve Traditions into practice in groups and in members’ lives.',
      },
      es: {
        name: 'Los principios que nos guían',
        description:
          'El grupo estudia Los principios que nos guían: el espíritu de nuestras tradiciones, un libro de NA sobre cómo llevar las Doce Tradiciones a la práctica en los grupos y en la vida de cada miembro.',
      },
    },
  },
  {
    code: 'SPAD',
    id: 16,
    type: 'literature',
    worldId: 'SPAD',
    meetingGuideCode: 'LIT',
    text: {
      en: {
        name: 'A Spiritual Principle a Day',
        description:
          'The group reads the entry for the day from A Spiritual Principle a Day, an NA book of daily readings, and members share on the principle it explores.',
      },
      es: {
        name: 'Un principio espiritual al día',
        description:
          'El grupo lee la entrada del día de Un principio espiritual al día, un libro de lecturas diarias de NA, y los miembros comparten sobre el principio que trata.',
      },
    },
  },
  {
    code: 'IP',
    id: 17,
    type: 'literature',
    worldId: 'IP',
    meetingGuideCode: 'LIT',
    text: {
      en: {
        name: 'Informational Pamphlets',
        description:
          'The group reads one of NA’s short pamphlets, for example about being new or about sponsorship, and talks about it. The pamphlets are brief and easy to follow.',
      },
      es: {
        name: 'Folletos informativos',
        description:
          'El grupo lee uno de los folletos breves de NA, por ejemplo sobre los primeros días o sobre el apadrinamiento, y conversa sobre él. Son textos cortos y fáciles de seguir.',
      },
    },
  },
  {
    code: 'BK',
    id: 18,
    type: 'literature',
    worldId: 'LIT',
    meetingGuideCode: 'LIT',
    text: {
      en: {
        name: 'Book Study',
        description:
          'The group works through an NA book a section at a time and discusses it. The book can vary, so feel free to ask the group which one they are reading.',
      },
      es: {
        name: 'Estudio de libro',
        description:
          'El grupo lee un libro de NA por partes y lo comenta. El libro puede variar; si le interesa, pregunte al grupo cuál están leyendo.',
      },
    },
  },
  {
    code: 'St',
    id: 19,
    type: 'literature',
    worldId: 'STEP',
    meetingGuideCode: 'ST',
    text: {
      en: {
        name: 'Step Study',
        description:
          'Each meeting looks at one of NA’s Twelve Steps, often taking them in order. You can listen and learn; nobody expects you to have worked any steps yet.',
      },
      es: {
        name: 'Estudio de pasos',
        description:
          'Cada reunión trata uno de los Doce Pasos de NA, a menudo siguiendo el orden. Puede escuchar y aprender; nadie espera que ya haya trabajado ningún paso.',
      },
    },
  },
  {
    code: 'Tr',
    id: 20,
    type: 'literature',
    worldId: 'TRAD',
    meetingGuideCode: 'TR',
    text: {
      en: {
        name: 'Tradition Study',
        description:
          'The meeting looks at one of the Twelve Traditions, the principles that help NA groups stay united and run well. Members talk about how these ideas show up in their own lives.',
      },
      es: {
        name: 'Estudio de tradiciones',
        description:
          'La reunión trata una de las Doce Tradiciones, los principios que ayudan a los grupos de NA a mantenerse unidos y funcionar bien. Los miembros cuentan cómo las viven en su día a día.',
      },
    },
  },
  {
    code: 'CP',
    id: 21,
    type: 'literature',
    worldId: 'CPT',
    meetingGuideCode: null,
    text: {
      en: {
        name: 'Concepts',
        description:
          'The meeting discusses NA’s Twelve Concepts for Service, which shape how service work in NA is organised. It mostly interests members who are starting to help out in service.',
      },
      es: {
        name: 'Conceptos',
        description:
          'La reunión trata los Doce Conceptos de servicio de NA, que orientan cómo se organiza el servicio. Suele interesar sobre todo a quienes empiezan a colaborar en el servicio.',
      },
    },
  },

  // --- Common needs --------------------------------------------------------
  {
    code: 'B',
    id: 22,
    type: 'common_needs',
    worldId: 'BEG',
    meetingGuideCode: 'BE',
    text: {
      en: {
        name: 'Beginners',
        description:
          'Set up with newcomers in mind: members explain how meetings work and talk about their early days clean. A good first meeting if you feel nervous.',
      },
      es: {
        name: 'Recién llegados',
        description:
          'Pensada para quienes acaban de llegar: los miembros explican cómo funcionan las reuniones y hablan de sus primeros días limpios. Una buena primera reunión si siente nervios.',
      },
    },
  },
  {
    code: 'M',
    id: 23,
    type: 'common_needs',
    worldId: 'M',
    meetingGuideCode: 'M',
    text: {
      en: {
        name: 'Men',
        description: 'A meeting for men only. Some members find it easier to speak openly in a group of men.',
      },
      es: {
        name: 'Hombres',
        description: 'Una reunión solo para hombres. A algunos miembros les resulta más fácil hablar con franqueza en un grupo de hombres.',
      },
    },
  },
  {
    code: 'W',
    id: 24,
    type: 'common_needs',
    worldId: 'W',
    meetingGuideCode: 'W',
    text: {
      en: {
        name: 'Women',
        description: 'A meeting for women only. Some members find it easier to speak openly in a group of women.',
      },
      es: {
        name: 'Mujeres',
        description: 'Una reunión solo para mujeres. A muchas les resulta más fácil hablar con franqueza en un grupo de mujeres.',
      },
    },
  },
  {
    code: 'YP',
    id: 25,
    type: 'common_needs',
    worldId: 'Y',
    meetingGuideCode: 'Y',
    text: {
      en: {
        name: 'Young People',
        description:
          'Most of the people here are younger members in recovery. If you are young and worried you will not fit in at NA, this is a good place to start.',
      },
      es: {
        name: 'Jóvenes',
        description:
          'La mayoría de quienes asisten son miembros jóvenes en recuperación. Si es joven y le preocupa no encajar en NA, este es un buen lugar para empezar.',
      },
    },
  },
  {
    code: 'GL',
    id: 26,
    type: 'common_needs',
    worldId: 'GL',
    meetingGuideCode: 'LGBTQ',
    text: {
      en: {
        name: 'LGBTQ+',
        description: 'A meeting where lesbian, gay, bisexual, transgender and queer members can share openly and feel at home.',
      },
      es: {
        name: 'LGBTQ+',
        description:
          'Una reunión donde las personas lesbianas, gais, bisexuales, trans y queer pueden compartir con libertad y sentirse en casa.',
      },
    },
  },
  {
    code: 'CW',
    id: 27,
    type: 'common_needs',
    worldId: 'CW',
    meetingGuideCode: 'CF',
    text: {
      en: {
        name: 'Children Welcome',
        description: 'You can bring your children to this meeting. Please keep an eye on them so everyone can still hear.',
      },
      es: {
        name: 'Se admiten niños',
        description: 'Puede venir con sus hijos a esta reunión. Conviene vigilarlos para que todos puedan seguir escuchando.',
      },
    },
  },
  {
    code: 'NC',
    id: 28,
    type: 'common_needs',
    worldId: 'NC',
    meetingGuideCode: null,
    text: {
      en: {
        name: 'No Children',
        description: 'Children cannot come to this meeting, so you may need to arrange childcare before you go.',
      },
      es: {
        name: 'Sin niños',
        description: 'No se puede asistir con niños a esta reunión, así que quizá deba organizar quién los cuide antes de venir.',
      },
    },
  },
  {
    code: 'SL',
    id: 29,
    type: 'common_needs',
    // NAWS has no code for sign-language interpretation.
    worldId: null,
    meetingGuideCode: 'ASL',
    text: {
      en: {
        name: 'ASL Interpreter',
        description: 'An American Sign Language interpreter is there so Deaf and hard-of-hearing people can take part fully.',
      },
      es: {
        name: 'Intérprete de ASL',
        description:
          'Hay un intérprete de lengua de señas americana (ASL) para que las personas sordas o con problemas de audición puedan participar plenamente.',
      },
    },
  },
  {
    code: 'NS',
    id: 30,
    type: 'common_needs',
    worldId: 'NS',
    meetingGuideCode: null,
    text: {
      en: {
        name: 'No Smoking',
        description: 'Smoking is not allowed during this meeting. If you smoke, you can step outside before or after.',
      },
      es: {
        name: 'No fumar',
        description: 'No se permite fumar durante la reunión. Si fuma, puede salir a hacerlo antes o después.',
      },
    },
  },
  {
    code: 'RA',
    id: 31,
    type: 'common_needs',
    worldId: 'RA',
    meetingGuideCode: null,
    text: {
      en: {
        name: 'Restricted Attendance',
        description:
          'The venue limits who can come in, as in a hospital, treatment centre or prison. Check the details or contact the group before you go.',
      },
      es: {
        name: 'Acceso restringido',
        description:
          'El lugar limita quién puede entrar, como ocurre en un hospital, un centro de tratamiento o una prisión. Revise los detalles o contacte con el grupo antes de ir.',
      },
    },
  },

  // --- Location ------------------------------------------------------------
  {
    code: 'WC',
    id: 32,
    type: 'location',
    worldId: 'WCHR',
    meetingGuideCode: 'X',
    text: {
      en: {
        name: 'Wheelchair Accessible',
        description: 'You can get into the meeting room and move around it in a wheelchair.',
      },
      es: {
        name: 'Accesible en silla de ruedas',
        description: 'Se puede entrar en la sala de reunión y moverse por ella en silla de ruedas.',
      },
    },
  },
  {
    code: 'CL',
    id: 33,
    type: 'location',
    worldId: 'CAN',
    meetingGuideCode: 'CAN',
    text: {
      en: {
        name: 'Candlelight',
        description: 'The room is lit by candles, which gives the meeting a calm, quiet feel.',
      },
      es: {
        name: 'A la luz de las velas',
        description: 'La sala se ilumina con velas, lo que da a la reunión un ambiente sereno y tranquilo.',
      },
    },
  },
  {
    code: 'CH',
    id: 34,
    type: 'location',
    worldId: 'CH',
    meetingGuideCode: null,
    text: {
      en: {
        name: 'Closed on Holidays',
        description: 'The building usually shuts on public holidays, so the meeting may not happen on those days.',
      },
      es: {
        name: 'Cerrada en días festivos',
        description: 'El edificio suele cerrar los días festivos, así que esos días es posible que no haya reunión.',
      },
    },
  },

  // --- Attendance ----------------------------------------------------------
  {
    code: 'VM',
    id: 35,
    type: 'attendance',
    worldId: 'VM',
    // Meeting Guide marks online meetings through attendance_option, not a type.
    meetingGuideCode: null,
    text: {
      en: {
        name: 'Virtual',
        description:
          'This meeting happens online, by video or phone, so you can join from wherever you are. You can usually keep your camera off if you prefer.',
      },
      es: {
        name: 'Virtual',
        description:
          'Esta reunión se hace por internet, por videollamada o por teléfono, así que puede conectarse desde donde esté. Normalmente puede dejar la cámara apagada si lo prefiere.',
      },
    },
  },
  {
    code: 'HY',
    id: 36,
    type: 'attendance',
    worldId: 'HYBR',
    // Meeting Guide marks hybrid meetings through attendance_option, not a type.
    meetingGuideCode: null,
    text: {
      en: {
        name: 'Hybrid',
        description: 'You can come in person or join online; both take part in the same meeting.',
      },
      es: {
        name: 'Híbrida',
        description: 'Puede asistir en persona o conectarse por internet; todos participan en la misma reunión.',
      },
    },
  },
  {
    code: 'TC',
    id: 37,
    type: 'attendance',
    worldId: 'TC',
    meetingGuideCode: 'TC',
    text: {
      en: {
        name: 'Temporarily Closed',
        // Short: BMLT clients (Crouton) show this as a banner in capitals on the meeting's row.
        description: 'The usual meeting place is closed for now.',
      },
      es: {
        name: 'Cerrada temporalmente',
        description: 'El lugar habitual de reunión está cerrado por ahora.',
      },
    },
  },

  // --- Language (all share the NAWS code LANG; see the note above) ---------
  {
    code: 'ENG',
    id: 38,
    type: 'language',
    worldId: 'LANG',
    meetingGuideCode: 'EN',
    text: {
      en: { name: 'English', description: 'The meeting is held in English.' },
      es: { name: 'Inglés', description: 'La reunión se hace en inglés.' },
    },
  },
  {
    code: 'ES',
    id: 39,
    type: 'language',
    worldId: 'LANG',
    meetingGuideCode: 'S',
    text: {
      en: { name: 'Spanish', description: 'The meeting is held in Spanish.' },
      es: { name: 'Español', description: 'La reunión se hace en español.' },
    },
  },
  {
    // Not in BMLT's seeded catalogue; "FR" is our own key for French.
    code: 'FR',
    id: 40,
    type: 'language',
    worldId: 'LANG',
    meetingGuideCode: 'FR',
    text: {
      en: { name: 'French', description: 'The meeting is held in French.' },
      es: { name: 'Francés', description: 'La reunión se hace en francés.' },
    },
  },
  {
    code: 'FIN',
    id: 41,
    type: 'language',
    worldId: 'LANG',
    meetingGuideCode: 'FI',
    text: {
      en: { name: 'Finnish', description: 'The meeting is held in Finnish.' },
      es: { name: 'Finés', description: 'La reunión se hace en finés.' },
    },
  },
  {
    code: 'PER',
    id: 42,
    type: 'language',
    worldId: 'LANG',
    meetingGuideCode: 'FA',
    text: {
      en: { name: 'Persian', description: 'The meeting is held in Persian (Farsi).' },
      es: { name: 'Persa', description: 'La reunión se hace en persa (farsi).' },
    },
  },
  {
    code: 'BL',
    id: 43,
    type: 'language',
    worldId: 'LANG',
    meetingGuideCode: null,
    text: {
      en: {
        name: 'Bilingual',
        description: 'The meeting uses English and one other language, so you can share in whichever feels more comfortable.',
      },
      es: {
        name: 'Bilingüe',
        description: 'En la reunión se usan el inglés y otro idioma, así que puede compartir en el que le resulte más cómodo.',
      },
    },
  },
];

/**
 * The spec's types that no NA format means. Names in English and Spanish come from the
 * spec's own package; the number, our code (where the spec's would be taken), the kind and
 * the plain-words descriptions are ours.
 */
interface SpecOnly {
  id: number;
  /** The spec's type code. */
  type: string;
  /** Our code, where the spec's is taken by an NA format. */
  code?: string;
  kind: FormatType;
  worldId?: string;
  en: string;
  es: string;
}

const SPEC_ONLY: readonly SpecOnly[] = [
  {
    id: 44,
    type: '11',
    kind: 'meeting_style',
    en: 'The meeting centres on the Eleventh Step: prayer and meditation, often with a quiet time together.',
    es: 'La reunión gira en torno al Undécimo Paso: la oración y la meditación, a menudo con un rato de silencio en común.',
  },
  {
    id: 45,
    type: '12x12',
    kind: 'literature',
    en: 'The group reads and discusses the book Twelve Steps and Twelve Traditions.',
    es: 'El grupo lee y comenta el libro Doce Pasos y Doce Tradiciones.',
  },
  {
    id: 46,
    type: 'A',
    kind: 'common_needs',
    en: 'A meeting without religious content, for atheists, agnostics and anyone who prefers it that way.',
    es: 'Una reunión sin contenido religioso, para personas ateas, agnósticas o que simplemente lo prefieren así.',
  },
  {
    id: 47,
    type: 'ABSI',
    kind: 'literature',
    en: 'The group reads from the book As Bill Sees It and talks about the passage.',
    es: 'El grupo lee del libro Como lo ve Bill y conversa sobre el pasaje.',
  },
  {
    id: 48,
    type: 'AL',
    kind: 'common_needs',
    en: 'An Alateen meeting for young family members meets at the same time and place.',
    es: 'A la misma hora y en el mismo lugar se reúne un grupo de Alateen para los familiares jóvenes.',
  },
  {
    id: 49,
    type: 'AL-AN',
    kind: 'common_needs',
    en: 'An Al-Anon meeting for family and friends meets at the same time and place.',
    es: 'A la misma hora y en el mismo lugar se reúne un grupo de Al-Anon para familiares y amigos.',
  },
  {
    id: 50,
    type: 'B',
    code: 'BB',
    kind: 'literature',
    en: 'The group reads from the Big Book, the basic text of Alcoholics Anonymous, and talks about it.',
    es: 'El grupo lee del Libro Grande, el texto básico de Alcohólicos Anónimos, y conversa sobre él.',
  },
  {
    id: 51,
    type: 'BA',
    kind: 'common_needs',
    en: 'Someone looks after children during the meeting, so parents can take part.',
    es: 'Durante la reunión alguien cuida de los niños, para que madres y padres puedan participar.',
  },
  {
    id: 52,
    type: 'BI',
    kind: 'common_needs',
    en: 'A meeting where bisexual members can share openly and feel at home.',
    es: 'Una reunión donde las personas bisexuales pueden compartir con libertad y sentirse en casa.',
  },
  {
    id: 53,
    type: 'BRK',
    kind: 'meeting_style',
    en: 'Breakfast is part of the meeting; you are welcome to eat with the group.',
    es: 'El desayuno forma parte de la reunión; puede comer con el grupo.',
  },
  {
    id: 54,
    type: 'DB',
    kind: 'meeting_style',
    en: 'The group takes its collection online, by a payment app, rather than passing a basket.',
    es: 'El grupo recoge las aportaciones por internet, con una aplicación de pago, en lugar de pasar una canasta.',
  },
  {
    id: 55,
    type: 'DD',
    kind: 'common_needs',
    en: 'For people who live with a mental illness as well as addiction.',
    es: 'Para personas que viven con una enfermedad mental además de la adicción.',
  },
  {
    id: 56,
    type: 'DR',
    kind: 'literature',
    en: 'The group reads the page for the day from Daily Reflections and members share on it.',
    es: 'El grupo lee la página del día de Reflexiones Diarias y los miembros comparten sobre ella.',
  },
  {
    id: 57,
    type: 'FF',
    kind: 'location',
    en: 'Please come without perfume, cologne or other scents, for members who react to them.',
    es: 'Se ruega venir sin perfume, colonia ni otros aromas, por los miembros que reaccionan a ellos.',
  },
  {
    id: 58,
    type: 'G',
    kind: 'common_needs',
    en: 'A meeting where gay members can share openly and feel at home.',
    es: 'Una reunión donde los hombres gais pueden compartir con libertad y sentirse en casa.',
  },
  {
    id: 59,
    type: 'GR',
    kind: 'literature',
    en: 'The group reads an article from the Grapevine magazine and talks about it.',
    es: 'El grupo lee un artículo de la revista Grapevine (La Viña) y conversa sobre él.',
  },
  {
    id: 60,
    type: 'H',
    kind: 'meeting_style',
    en: 'Members celebrate their recovery anniversaries at this meeting.',
    es: 'En esta reunión los miembros celebran sus aniversarios de recuperación.',
  },
  {
    id: 61,
    type: 'L',
    kind: 'common_needs',
    en: 'A meeting where lesbian members can share openly and feel at home.',
    es: 'Una reunión donde las mujeres lesbianas pueden compartir con libertad y sentirse en casa.',
  },
  {
    id: 62,
    type: 'LS',
    kind: 'literature',
    en: 'The group reads from the book Living Sober and talks about it.',
    es: 'El grupo lee del libro Viviendo Sobrio y conversa sobre él.',
  },
  {
    id: 63,
    type: 'N',
    kind: 'common_needs',
    en: 'A meeting centred on Native American members and their traditions.',
    es: 'Una reunión centrada en los miembros nativos americanos y sus tradiciones.',
  },
  {
    id: 64,
    type: 'NB',
    kind: 'common_needs',
    en: 'A meeting where non-binary members can share openly and feel at home.',
    es: 'Una reunión donde las personas no binarias pueden compartir con libertad y sentirse en casa.',
  },
  {
    id: 65,
    type: 'NDG',
    kind: 'common_needs',
    en: 'A meeting centred on Indigenous members and their traditions.',
    es: 'Una reunión centrada en los miembros indígenas y sus tradiciones.',
  },
  {
    id: 66,
    type: 'OUT',
    kind: 'location',
    en: 'The meeting is held outdoors, weather permitting.',
    es: 'La reunión se hace al aire libre, si el tiempo lo permite.',
  },
  {
    id: 67,
    type: 'P',
    kind: 'common_needs',
    en: 'A meeting for members who work in a profession, such as health care or law.',
    es: 'Una reunión para miembros que ejercen una profesión, como la sanidad o el derecho.',
  },
  {
    id: 68,
    type: 'POA',
    kind: 'common_needs',
    en: 'The group can sign a paper to show that you attended, for a court or a programme that asks for it.',
    es: 'El grupo puede firmar un justificante de asistencia, para un juzgado o un programa que lo pida.',
  },
  {
    id: 69,
    type: 'POC',
    kind: 'common_needs',
    en: 'A meeting centred on members who are people of colour.',
    es: 'Una reunión centrada en los miembros que son personas de color.',
  },
  {
    id: 70,
    type: 'SEN',
    kind: 'common_needs',
    en: 'Most of the people here are older members.',
    es: 'La mayoría de quienes asisten son miembros de más edad.',
  },
  {
    id: 71,
    type: 'SM',
    // NAWS and 12 Step Meeting List's NA types call it SMOK.
    worldId: 'SMOK',
    kind: 'location',
    en: 'Smoking is allowed at this meeting.',
    es: 'En esta reunión se permite fumar.',
  },
  {
    id: 72,
    type: 'T',
    kind: 'common_needs',
    en: 'A meeting where transgender members can share openly and feel at home.',
    es: 'Una reunión donde las personas trans pueden compartir con libertad y sentirse en casa.',
  },
  {
    id: 73,
    type: 'XB',
    kind: 'location',
    en: 'There is a bathroom you can use in a wheelchair.',
    es: 'Hay un baño que se puede usar en silla de ruedas.',
  },
  {
    id: 74,
    type: 'XT',
    kind: 'meeting_style',
    en: 'Members may respond to what others share, which many meetings ask people not to do.',
    es: 'Los miembros pueden responder a lo que otros comparten, algo que muchas reuniones piden no hacer.',
  },
];

const SPEC_NAMES = { en: getTypesForLanguage('en'), es: getTypesForLanguage('es') } as const;

function specName(language: keyof typeof SPEC_NAMES, type: string): string {
  return (SPEC_NAMES[language] as Record<string, string>)[type] ?? type;
}

const SPEC_FORMATS: readonly Format[] = SPEC_ONLY.map((entry) => ({
  id: entry.id,
  code: entry.code ?? entry.type,
  type: entry.kind,
  worldId: entry.worldId ?? null,
  meetingGuideCode: entry.type,
  text: {
    en: { name: specName('en', entry.type), description: entry.en },
    es: { name: specName('es', entry.type), description: entry.es },
  },
}));

export const FORMAT_CATALOGUE: readonly Format[] = [...NA_FORMATS, ...SPEC_FORMATS];

const FORMATS_BY_CODE: ReadonlyMap<string, Format> = new Map(FORMAT_CATALOGUE.map((format) => [format.code, format]));

/** Looks a format up by its exact (case-sensitive) code. */
export function formatByCode(code: string): Format | undefined {
  return FORMATS_BY_CODE.get(code);
}

/** A catalogue format's BMLT number (its pinned `id`), so that every server agrees. */
export function catalogueNumber(code: string): number | undefined {
  return FORMATS_BY_CODE.get(code)?.id;
}
