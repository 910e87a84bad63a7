import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/meeting.js';
import { engines } from '../support/engines.js';
import { meetingInput, onlineMeetingInput } from '../support/fixtures.js';
import { initSite, type TestSite } from '../support/harness.js';

/**
 * A meeting whose members' contacts sit both in its contacts field and in extras, as an
 * import keeps them (Meeting Guide contact_4_*, a row's own email and phone, BMLT's
 * contact_*_N and admin_notes). Every public surface is read, and none may show any of them;
 * each surface must still show the meeting, or the check proves nothing.
 */
const SECRETS = {
  contactName: 'Pat Privateperson',
  contactEmail: 'pat.contact@private.example',
  contactPhone: '+1 555-0142',
  adminNotes: 'Only-for-admins remark',
  mgFourthEmail: 'fourth.contact@private.example',
  mgFourthName: 'Quinn Hiddenname',
  rowEmail: 'row.email@private.example',
  rowPhone: '+1 555-0177',
  bmltName: 'Robin Bmltcontact',
  bmltEmail: 'robin.bmlt@private.example',
  bmltPhone: '+1 555-0188',
  bmltAdmin: 'BMLT admin-only remark',
} as const;

const PRIVATE_EXTRAS = {
  contact_4_name: SECRETS.mgFourthName,
  contact_4_email: SECRETS.mgFourthEmail,
  email: SECRETS.rowEmail,
  phone: SECRETS.rowPhone,
  contact_name_3: SECRETS.bmltName,
  contact_email_3: SECRETS.bmltEmail,
  contact_phone_3: SECRETS.bmltPhone,
  admin_notes: SECRETS.bmltAdmin,
};

function leaks(body: string): string[] {
  return Object.values(SECRETS).filter((secret) => body.includes(secret) || body.includes(JSON.stringify(secret).slice(1, -1)));
}

for (const engine of engines()) {
  describe.skipIf(!engine.available)(`no public surface shows a member's contact (${engine.name})`, () => {
    let t: TestSite;
    let inPerson: Meeting;
    let online: Meeting;
    let areaId: number;

    beforeAll(async () => {
      t = await initSite(engine, {
        setup: async (store) => {
          // The store fills in the rest of a body; the NAWS dump lists only bodies with a world id.
          const area = await store.serviceBodies.create({ name: 'Privacy Test Area', worldId: 'AR1' }, 'test');
          areaId = area.id;
          const contacts = [{ name: SECRETS.contactName, email: SECRETS.contactEmail, phone: SECRETS.contactPhone }];
          const extras = { ...PRIVATE_EXTRAS, venmo: '@PrivacyTestGroup' };
          inPerson = await store.meetings.create(
            meetingInput({ serviceBodyId: area.id, contacts, adminNotes: SECRETS.adminNotes, extras }),
            'test',
          );
          online = await store.meetings.create(
            onlineMeetingInput({ serviceBodyId: area.id, contacts, adminNotes: SECRETS.adminNotes, extras }),
            'test',
          );
          // An edit, so that the change history has a before and an after that both hold them.
          await store.meetings.update(
            inPerson.id,
            { ...meetingInput({ serviceBodyId: area.id, contacts, adminNotes: SECRETS.adminNotes, extras }), notes: 'Edited.' },
            'test',
          );
        },
      });
    }, 120_000);

    afterAll(() => t.dispose());

    const BMLT = '/main_server/client_interface';
    const surfaces = (): [string, string, RegExp | string][] => [
      ['JSON search', '/api/v1/meetings', 'Test Tuesday Night'],
      ['JSON search by text', '/api/v1/meetings?q=Tuesday', 'Test Tuesday Night'],
      ['JSON meeting', `/api/v1/meetings/${inPerson.id}`, 'Test Tuesday Night'],
      ['JSON online meeting', `/api/v1/meetings/${online.id}`, 'Test Online Noon'],
      ['search page', '/meetings?near=97201', 'Test Tuesday Night'],
      ['meeting page with JSON-LD', `/meetings/${inPerson.slug}`, 'application/ld+json'],
      ['online meeting page with JSON-LD', `/meetings/${online.slug}`, 'application/ld+json'],
      ['state page', '/states/or', 'Portland'],
      ['city page', '/states/or/portland', 'Test Tuesday Night'],
      ['print page', '/states/or/print', 'Test Tuesday Night'],
      ['Meeting Guide feed', '/api/v1/feeds/meeting-guide.json', '@PrivacyTestGroup'],
      ['Meeting Guide feed, a search', '/api/v1/feeds/meeting-guide.json?state=OR', 'Test Tuesday Night'],
      ['BMLT GetSearchResults', `${BMLT}/json/?switcher=GetSearchResults`, 'Test Tuesday Night'],
      ['BMLT jsonp with formats', `${BMLT}/jsonp/?switcher=GetSearchResults&get_used_formats=1&callback=cb`, 'Test Tuesday Night'],
      ['BMLT tsml', `${BMLT}/tsml/?switcher=GetSearchResults`, 'Test Tuesday Night'],
      ['BMLT GetChanges', `${BMLT}/json/?switcher=GetChanges`, 'Edited.'],
      ['BMLT GetFieldValues', `${BMLT}/json/?switcher=GetFieldValues&meeting_key=meeting_name`, 'Test Tuesday Night'],
      ['BMLT GetNAWSDump', `${BMLT}/csv/?switcher=GetNAWSDump&sb_id=${areaId}`, 'Test Tuesday Night'],
      ['CSV', '/api/v1/meetings.csv', 'Test Tuesday Night'],
      ['iCalendar', '/api/v1/meetings.ics', 'Test Tuesday Night'],
      ['one meeting as iCalendar', `/meetings/${inPerson.id}.ics`, 'Test Tuesday Night'],
    ];

    it('shows each meeting on every surface without a contact, an admin note or a private extra', async () => {
      const found: Record<string, string[]> = {};
      for (const [what, url, shows] of surfaces()) {
        const res = await t.app.inject(url);
        expect(res.statusCode, `${what}: ${url}`).toBe(200);
        expect(res.body, `${what} shows the meeting`).toMatch(
          typeof shows === 'string' ? new RegExp(shows.replace(/[.+?]/g, '\\$&')) : shows,
        );
        const leaked = leaks(res.body);
        if (leaked.length > 0) found[what] = leaked;
      }
      expect(found).toEqual({});
    });

    it('keeps the public extras in the JSON API and drops the private ones', async () => {
      const res = await t.app.inject(`/api/v1/meetings/${inPerson.id}`);
      expect(res.json<{ extras: Record<string, string> }>().extras).toEqual({ venmo: '@PrivacyTestGroup' });
    });

    it("finds nothing by a contact's name or address in a text search", async () => {
      for (const text of ['Privateperson', 'Hiddenname', 'Bmltcontact']) {
        const res = await t.app.inject(`/api/v1/meetings?q=${text}`);
        expect(res.json<{ total: number }>().total, text).toBe(0);
      }
    });

    it('still holds the contacts and extras for admins, in the store', async () => {
      const stored = await t.store.meetings.get(inPerson.id);
      expect(stored?.contacts).toEqual([{ name: SECRETS.contactName, email: SECRETS.contactEmail, phone: SECRETS.contactPhone }]);
      expect(stored?.extras).toMatchObject(PRIVATE_EXTRAS);
      expect(stored?.adminNotes).toBe(SECRETS.adminNotes);
    });
  });
}
