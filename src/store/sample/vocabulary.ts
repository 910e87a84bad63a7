/**
 * Words the sample generator composes names and addresses from. Generic on purpose: no
 * real group, venue or person, and every record that uses them is flagged as sample.
 */
export const MEETING_NAMES = [
  'Clean and Serene',
  'New Beginnings',
  'Keep Coming Back',
  'Hope Without Walls',
  'Freedom Group',
  'Early Risers',
  'Night Owls',
  'Gratitude Circle',
  'Surrender Group',
  'Road to Recovery',
  'Second Chance',
  'Spiritual Awakening',
  'Open Door',
  'Serenity Seekers',
  'Living Free',
  'Lifeline',
  'The Willing',
  'Easy Does It',
  'Came to Believe',
  'Fresh Start',
  'Courage to Change',
  'Common Ground',
  'Safe Harbor',
  'Miracle Seekers',
  'Back to Basics',
  'Primary Purpose',
  'Together We Can',
  'Solid Ground',
  'New Horizons',
  'Unity Group',
];

export const SPANISH_MEETING_NAMES = [
  'Nueva Vida',
  'Esperanza',
  'Renacer',
  'Libertad',
  'Un Nuevo Amanecer',
  'Sólo por Hoy',
  'Camino a la Recuperación',
  'Unidos Podemos',
];

export const VENUE_KINDS = [
  'Community Center',
  'Fellowship Hall',
  'Recovery Clubhouse',
  'Public Library, Meeting Room B',
  'Senior Center',
  'Community Church Annex',
  'Neighborhood House',
  'Wellness Center',
  'Hospital Education Room',
  'Recreation Center',
];

export const VENUE_PREFIXES = [
  'Northside',
  'Southside',
  'Eastside',
  'Westside',
  'Downtown',
  'Riverside',
  'Hillcrest',
  'Parkview',
  'Lakeside',
  'Midtown',
];

export const STREETS = [
  'Main',
  'Oak',
  'Maple',
  'Church',
  'Park',
  'Elm',
  'Pine',
  'Cedar',
  'Lake',
  'Hill',
  'Center',
  'River',
  'Washington',
  'Lincoln',
  'Jefferson',
  'Franklin',
  'Spring',
  'Walnut',
  'Chestnut',
  '2nd',
  '3rd',
  '5th',
  'Union',
  'Market',
];

export const STREET_SUFFIXES = ['St', 'Ave', 'Blvd', 'Rd', 'Dr', 'Ln', 'Way'];

export const LOCATION_NOTES = [
  'Enter by the side door; the room is downstairs.',
  'Parking behind the building.',
  'Second floor, elevator on the left.',
  'Room 104, follow the signs.',
  'Use the entrance facing the parking lot.',
];

/** Peer support groups beyond addiction, by challenge category. */
export const SUPPORT_GROUPS = {
  anxiety_depression: ['Anxiety and Depression Peer Circle', 'Mood Support Group', 'Steady Ground Peer Group'],
  grief_trauma: ['Grief Support Circle', 'After Loss Peer Group', 'Healing Together'],
  chronic_illness: ['Living with Chronic Illness', 'Chronic Pain Peer Support', 'Caregivers and Patients Circle'],
  life_transitions: ['Life Changes Group', 'New Chapter Peer Circle', 'Starting Over Together'],
} as const;

export const SAMPLE_NOTE = 'Sample meeting for trying out OpenRooms. It is not a real meeting.';
