import { EMAIL } from '../../domain/field-reader.js';
import type { Contact } from '../../domain/meeting.js';
import { loosePhone } from './loose-online.js';
import { quote } from './loose-text.js';

/**
 * Private contacts (Meeting Guide contact_N_*, BMLT contact_*_N) kept as the model's
 * contacts, which never leave the admin side. Empty contacts are left out; a bad email or
 * phone is dropped with a warning rather than failing the whole meeting.
 */
export function looseContacts(
  raw: readonly { name: string | null; email: string | null; phone: string | null }[],
  warnings: string[],
): Contact[] {
  const contacts: Contact[] = [];
  raw.forEach((one, index) => {
    let email = one.email;
    if (email !== null && !EMAIL.test(email)) {
      warnings.push(`contact ${index + 1} email ${quote(email)} is not an email address: dropped`);
      email = null;
    }
    const phone = loosePhone(one.phone, `contact ${index + 1} phone`).phone;
    if (one.phone !== null && phone === null)
      warnings.push(`contact ${index + 1} phone ${quote(one.phone)} is not a phone number: dropped`);
    if (one.name !== null || email !== null || phone !== null) contacts.push({ name: one.name, email, phone });
  });
  return contacts;
}
