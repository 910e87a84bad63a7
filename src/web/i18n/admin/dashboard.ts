/** The admin's first page. */
export const dashboard = {
  title: 'Admin',
  heading: (name: string): string => `Welcome, ${name}`,
  reachAll: 'You can act on every service body.',
  reachSome: (bodies: string): string => `You act on: ${bodies}.`,
  observer: 'As an observer you can see everything of your service bodies, including what is unpublished, and change nothing.',
  sections: 'What you can do here',
};
