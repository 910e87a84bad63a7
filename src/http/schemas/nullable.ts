import { Type, type Static, type TSchema } from '@sinclair/typebox';

/**
 * A value of the schema, or null, written the OpenAPI 3.0 way (`nullable: true`). An
 * `anyOf` with null would say the same, but the response serializer then checks every
 * value against each branch, which made a page of 25 meetings take milliseconds to write.
 */
export function Nullable<T extends TSchema>(schema: T, options: { description?: string } = {}) {
  return Type.Unsafe<Static<T> | null>({ ...schema, ...options, nullable: true });
}
