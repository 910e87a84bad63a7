/** A sentence saying what just happened (after a 303), or a refusal of the whole form. */
export function Notice({ notice, problem }: { notice?: string | null; problem?: string | null }) {
  return (
    <>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {problem && (
        <p class="form-errors" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
