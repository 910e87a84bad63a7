/**
 * Passwords of 12 characters or more that top the published lists of leaked passwords, and
 * the patterns they are made of. A guesser tries these first; NIST SP 800-63B asks that they be
 * refused. Compared without case, spaces or punctuation, so "Password 1234!" is "password1234".
 */
const COMMON = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456123456',
  '111111111111',
  '000000000000',
  '123123123123',
  '121212121212',
  '987654321098',
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  'qwertyuiopasdf',
  'qwertyuiopas',
  'qwertyuiop12',
  'qwerty123456',
  'qwertyqwerty',
  '1qaz2wsx3edc',
  '1q2w3e4r5t6y',
  'asdfghjkl123',
  'zxcvbnm12345',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'welcome123456',
  'administrator',
  'admin1234567',
  'adminadmin123',
  'changeme1234',
  'trustno11234',
  'football1234',
  'baseball1234',
  'sunshine1234',
  'princess1234',
  'monkey123456',
  'dragon123456',
  'abc123abc123',
  'abcdefghijkl',
  'abcd12345678',
  'recovery1234',
  'narcoticsanonymous',
  'openrooms1234',
]);

function folded(password: string): string {
  return password.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** A password from the lists, or one character repeated. */
export function isCommonPassword(password: string): boolean {
  const plain = folded(password);
  return COMMON.has(plain) || /^(.)\1*$/u.test(plain);
}
