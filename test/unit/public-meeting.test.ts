import { describe, expect, it } from 'vitest';
import { isPrivateField, publicExtras, toPublicMeeting } from '../../src/domain/meeting.js';
import { meetingInput } from '../support/fixtures.js';

/** Contact fields as real sources name them: Meeting Guide, 12 Step Meeting List sheets, BMLT, and looser ones. */
const PRIVATE_KEYS = [
  'contact_1_name',
  'contact_1_email',
  'contact_1_phone',
  'contact_4_email',
  'contact_12_phone',
  'email',
  'phone',
  'Email',
  'e-mail',
  'contact_name_1',
  'contact_email_2',
  'contact_phone_3',
  'email_contact',
  'admin_notes',
  'contact',
  'primary_contact',
  'group_email',
  'secretary_phone',
  'cell_phone',
  'mobile',
];

/** Fields the Meeting Guide spec publishes on purpose: the service entity's addresses, 7th Tradition handles, links. */
const PUBLIC_KEYS = [
  'feedback_url',
  'feedback_emails',
  'venmo',
  'paypal',
  'square',
  'homegroup_online',
  'edit_url',
  'location_url',
  'entity',
  'entity_email',
  'entity_location',
  'entity_logo',
  'entity_phone',
  'entity_url',
  'conference_phone',
  'shared_group_id_bigint',
  'types',
];

describe('isPrivateField', () => {
  it.each(PRIVATE_KEYS)('keeps %s for admins only', (key) => {
    expect(isPrivateField(key)).toBe(true);
  });

  it.each(PUBLIC_KEYS)('lets %s be seen', (key) => {
    expect(isPrivateField(key)).toBe(false);
  });
});

describe('toPublicMeeting', () => {
  const meeting = {
    ...meetingInput({
      contacts: [{ name: 'Pat (private)', email: 'pat@private.example', phone: '+1 555-0142' }],
      adminNotes: 'admins only',
      extras: {
        venmo: '@TestGroup',
        feedback_emails: 'listings@area.example',
        contact_4_email: 'fourth@private.example',
        email: 'row@private.example',
        contact_name_1: 'Sam (private)',
      },
    }),
    id: 1,
    slug: 'test',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    checkedAt: null,
  };

  it('drops contacts, admin notes and the private extras, and keeps the public ones', () => {
    const visible = toPublicMeeting(meeting);
    expect(visible).not.toHaveProperty('contacts');
    expect(visible).not.toHaveProperty('adminNotes');
    expect(visible.extras).toEqual({ venmo: '@TestGroup', feedback_emails: 'listings@area.example' });
    const text = JSON.stringify(visible);
    for (const secret of ['Pat (private)', 'pat@private.example', '555-0142', 'admins only', 'fourth@', 'row@', 'Sam (private)']) {
      expect(text).not.toContain(secret);
    }
  });

  it('leaves the meeting it was given alone', () => {
    toPublicMeeting(meeting);
    expect(meeting.extras.email).toBe('row@private.example');
    expect(meeting.contacts).toHaveLength(1);
  });

  it('filters extras on their own with the same rule', () => {
    expect(publicExtras({ phone: '1', paypal: 'TestGroup' })).toEqual({ paypal: 'TestGroup' });
  });
});
