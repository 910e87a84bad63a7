/**
 * Records the admin pages show that come from the store (which web/ may not import): their
 * shape as a page needs it.
 */
export interface ApiTokenView {
  id: number;
  name: string;
  /** The owner's email. */
  owner: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
