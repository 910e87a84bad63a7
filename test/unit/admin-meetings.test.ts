import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/cli/config.js';
import type { Account } from '../../src/domain/account.js';
import { recordDiff } from '../../src/domain/meeting-diff.js';
import { validateMeetingInput } from '../../src/domain/meeting-validation.js';
import { actorOf, meetingQueryInReach } from '../../src/domain/permissions.js';
import { emptyQuery } from '../../src/domain/query.js';
import { FirstFound, GazetteerGeocoder, type AddressQuery, type Geocoder } from '../../src/geo/geocoder.js';
import { formErrorsOf, formValuesOfMeeting, keptFieldsOf, rawMeetingOf } from '../../src/http/admin/meeting-form.js';
import { censusPoint, oneLineAddress } from '../../src/interop/geocode/census.js';
import { CATALOGUE_RULES, meetingInput } from '../support/fixtures.js';

const BODIES = [
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
  { id: 3, parentId: 1 },
  { id: 4, parentId: null },
];

function account(role: Account['role'], serviceBodyIds: number[]): Parameters<typeof actorOf>[0] {
  return { id: 1, email: 'a@test.example', name: null, role, serviceBodyIds, active: true };
}

const ADDRESS: AddressQuery = { street: null, city: null, state: null, postalCode: null, country: 'US' };

describe('the admin list narrowed to what the actor may see', () => {
  it('leaves an admin query as it is', () => {
    const query = emptyQuery();
    expect(meetingQueryInReach(actorOf(account('admin', []), BODIES), query)).toBe(query);
  });

  it('asks for exactly the bodies in reach, and of the bodies asked for only those', () => {
    const bodyAdmin = actorOf(account('body-admin', [1]), BODIES);
    expect(meetingQueryInReach(bodyAdmin, emptyQuery())).toMatchObject({ serviceBodies: [1, 2, 3], serviceBodyScope: 'exact' });
    expect(meetingQueryInReach(bodyAdmin, emptyQuery({ serviceBodies: [2] }))).toMatchObject({ serviceBodies: [2] });
    const editor = actorOf(account('editor', [2]), BODIES);
    // Asking for the region (and what is below it) gives the editor their area only.
    expect(meetingQueryInReach(editor, emptyQuery({ serviceBodies: [1] }))).toMatchObject({ serviceBodies: [2] });
    expect(meetingQueryInReach(editor, emptyQuery({ serviceBodies: [4] }))).toBeNull();
    expect(meetingQueryInReach(actorOf({ ...account('editor', [2]), active: false }, BODIES), emptyQuery())).toBeNull();
  });
});

describe('the meeting form', () => {
  it('reads back what it shows: a stored meeting through the form validates to itself', () => {
    const input = meetingInput({ formats: ['WC', 'C', 'BT'] });
    const values = formValuesOfMeeting(input);
    // The browser sends the ticked formats in catalogue order; the stored order stays.
    values.formats = ['BT', 'C', 'WC'];
    const result = validateMeetingInput(rawMeetingOf(values, keptFieldsOf(input)), CATALOGUE_RULES);
    expect(result.ok && result.value).toEqual({ ...input, slug: null });
  });

  it('puts each problem beside its field, contacts at the row that was filled in', () => {
    const values = formValuesOfMeeting(meetingInput({ contacts: [] }));
    values.fields['contacts.1.email'] = 'not an email';
    values.fields['venue.latitude'] = 'north';
    const result = validateMeetingInput(rawMeetingOf(values, keptFieldsOf(meetingInput())), CATALOGUE_RULES);
    expect(result.ok).toBe(false);
    const errors = formErrorsOf(result.ok ? [] : result.problems, values);
    expect(errors['contacts.1.email']).toBe('must be an email address');
    expect(errors['venue.latitude']).toMatch(/must be a number/);
    expect(formErrorsOf([{ field: 'extras', message: 'must be an object of strings' }], values)).toEqual({
      form: 'must be an object of strings',
    });
  });
});

describe('the other person’s change, field by field', () => {
  it('names the fields that differ, not the stamps', () => {
    const before = { ...meetingInput(), id: 1, updatedAt: 'a', checkedAt: null };
    const after = {
      ...before,
      updatedAt: 'b',
      checkedAt: 'b',
      notes: 'Moved upstairs',
      formats: ['C'],
      venue: { ...before.venue, city: 'Salem' },
    };
    // The stale-edit notice uses the history's diff: checkedAt is a change a volunteer made, the stamps are not.
    expect(recordDiff(before, after)).toEqual([
      { field: 'venue.city', before: 'Portland', after: 'Salem' },
      { field: 'formats', before: ['C', 'BT', 'WC'], after: ['C'], added: [], removed: ['BT', 'WC'] },
      { field: 'notes', before: 'Test data.', after: 'Moved upstairs' },
      { field: 'checkedAt', before: null, after: 'b' },
    ]);
  });
});

describe('geocoders', () => {
  const gazetteer = new GazetteerGeocoder();

  it('finds a ZIP code, else the city and state, always approximate', async () => {
    const zip = await gazetteer.geocode({ ...ADDRESS, postalCode: '97201-1234' });
    expect(zip).toMatchObject({ approximate: true });
    expect(zip!.latitude).toBeCloseTo(45.5, 0);
    const city = await gazetteer.geocode({ ...ADDRESS, city: 'Denver', state: 'CO' });
    expect(city).toMatchObject({ approximate: true, label: 'Denver, CO' });
    expect(await gazetteer.geocode({ ...ADDRESS, city: 'Nowhere At All', state: 'ZZ' })).toBeNull();
    expect(await gazetteer.geocode({ ...ADDRESS, postalCode: '97201', country: 'CA' })).toBeNull();
  });

  it('asks the next geocoder when one fails or finds nothing', async () => {
    const down: Geocoder = { name: 'down', geocode: () => Promise.reject(new Error('offline')) };
    const found = await new FirstFound([down, gazetteer]).geocode({ ...ADDRESS, postalCode: '80202' });
    expect(found).toMatchObject({ approximate: true });
  });

  it('reads the Census answer: x is the longitude, y the latitude, and the point is the building', () => {
    expect(oneLineAddress({ ...ADDRESS, street: '1 Main St', city: 'Portland', state: 'OR', postalCode: '97201' })).toBe(
      '1 Main St, Portland, OR 97201',
    );
    expect(oneLineAddress({ ...ADDRESS, postalCode: '97201' })).toBeNull();
    const answer = {
      result: { addressMatches: [{ matchedAddress: '1 MAIN ST, PORTLAND, OR, 97201', coordinates: { x: -122.67, y: 45.52 } }] },
    };
    expect(censusPoint(answer)).toEqual({
      latitude: 45.52,
      longitude: -122.67,
      approximate: false,
      label: '1 MAIN ST, PORTLAND, OR, 97201',
    });
    expect(censusPoint({ result: { addressMatches: [] } })).toBeNull();
    expect(censusPoint(null)).toBeNull();
  });

  it('is the gazetteer unless the operator chooses the Census geocoder', () => {
    expect(readConfig({}).geocoder).toBe('gazetteer');
    expect(readConfig({ GEOCODER: 'census' }).geocoder).toBe('census');
    expect(() => readConfig({ GEOCODER: 'google' })).toThrow(/GEOCODER must be one of: gazetteer, census/);
  });
});
