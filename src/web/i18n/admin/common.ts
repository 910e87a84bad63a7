/** The admin frame: its bar, navigation, and the answers every admin page can give. */
export const common = {
  siteAdmin: (site: string): string => `${site} admin`,
  title: (page: string, site: string): string => `${page} · ${site} admin`,
  nav: 'Admin',
  skip: 'Skip to content',
  signedInAs: (who: string, role: string): string => `Signed in as ${who} (${role})`,
  roles: { admin: 'server admin', 'body-admin': 'service-body admin', editor: 'editor', observer: 'observer' } as Record<string, string>,
  logout: 'Log out',
  logoutEverywhere: 'Log out everywhere',
  publicSite: 'Public site',
  forbiddenTitle: 'Not allowed',
  forbidden: 'Your role does not allow this. A server admin or the admin of your service body can change what you may do.',
  badTokenTitle: 'Please try again',
  badToken:
    'This form could not be accepted: it was open too long, or it was sent from another site. Nothing was changed. Go back, reload the page and send it again.',
  tooManyTitle: 'Too many tries',
  tooMany: 'Too many requests came from here in a short time. Wait a minute and try again.',
  errorsSummary: (count: number): string => (count === 1 ? 'One field needs attention:' : `${count} fields need attention:`),
  notFound: (what: string): string => `No ${what} has that id. It may have been deleted.`,
  back: 'Back',
  save: 'Save',
  cancel: 'Cancel',
};
