// Row ids are uuids: a path segment that is not one names no project, and asking REST for it
// would only earn a 400 (invalid input syntax for type uuid) instead of an empty answer.

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a route parameter can be a row id.
 * @example isRecordId("not-a-project") // false
 */
export function isRecordId(value: string | undefined): value is string {
  return value !== undefined && uuidPattern.test(value);
}
