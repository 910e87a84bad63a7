/** Thrown when PostgreSQL does not answer at start; the CLI turns it into one line and exit code 1. */
export class DatabaseUnreachableError extends Error {
  constructor(
    readonly host: string,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message || cause.name : String(cause);
    super(`cannot reach PostgreSQL at ${host}: ${reason}`);
    this.name = 'DatabaseUnreachableError';
  }
}
