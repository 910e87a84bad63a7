/** The login page and what a failed login says. */
export const login = {
  title: 'Log in',
  heading: 'Log in to keep the meeting list',
  intro: 'For volunteers who keep the meetings of their service body up to date. Visitors need no account.',
  email: 'Email',
  password: 'Password',
  submit: 'Log in',
  failed: 'That email and password do not match an account. Check both and try again.',
  missingEmail: 'Enter the email of your account.',
  missingPassword: 'Enter your password.',
  locked: (until: string): string =>
    `This account is locked after several failed logins, until ${until} (UTC). Wait, or ask a server admin to help.`,
  inactive: 'This account has been deactivated. Ask a server admin or the admin of your service body if you still need it.',
  loggedOut: 'You are logged out.',
  loggedOutEverywhere: 'You are logged out on every browser and device where you were signed in.',
  forgot: 'Forgot your password? Ask a server admin to set a new one.',
};
