import { isRole, normalEmail, passwordProblem, ROLES, type AccountInput } from './account.js';
import { EMAIL } from './field-reader.js';
import { mayManageAccount, rolesGrantable, type Actor } from './permissions.js';
import type { Problem } from './problem.js';

/**
 * Every problem of an account an actor is making or changing, each under its field, so that a
 * page can show them beside the fields: the checks of `accountProblem`, and the actor's reach
 * (a body admin gives only editor or observer, for its own bodies).
 */
export function accountFormProblems(
  actor: Actor,
  input: AccountInput,
  knownBodyIds: ReadonlySet<number>,
  password: string | null,
): Problem[] {
  const problems: Problem[] = [];
  const email = normalEmail(input.email);
  if (email.length > 254 || !EMAIL.test(email))
    problems.push({ field: 'email', message: 'must be an address such as volunteer@example.org' });
  if (input.name !== null && input.name.length > 200) problems.push({ field: 'name', message: 'must be at most 200 characters' });
  if (!isRole(input.role)) problems.push({ field: 'role', message: `must be one of ${ROLES.join(', ')}` });
  else if (!rolesGrantable(actor).includes(input.role)) problems.push({ field: 'role', message: 'is not a role you may give' });
  const unknown = input.serviceBodyIds.filter((id) => !knownBodyIds.has(id));
  if (unknown.length > 0) problems.push({ field: 'bodies', message: `no service body has id ${unknown.join(', ')}` });
  else if (input.role === 'admin' && input.serviceBodyIds.length > 0)
    problems.push({ field: 'bodies', message: 'a server admin has every body: choose none' });
  else if (input.role !== 'admin' && input.serviceBodyIds.length === 0) problems.push({ field: 'bodies', message: 'choose at least one' });
  else if (isRole(input.role) && rolesGrantable(actor).includes(input.role) && !mayManageAccount(actor, input))
    problems.push({ field: 'bodies', message: 'choose only service bodies you manage' });
  if (password !== null) {
    const problem = passwordProblem(password);
    if (problem) problems.push({ field: 'password', message: problem.replace(/^the password /, '') });
  }
  return problems;
}
