/** One thing wrong with an input, named by the field at fault. */
export interface Problem {
  field: string;
  message: string;
}

/** Thrown when an input has problems; carries every one of them, not just the first. */
export class ValidationError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
    this.name = 'ValidationError';
    this.problems = problems;
  }
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };
