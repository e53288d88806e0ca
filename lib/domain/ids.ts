const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids arrive from URLs; a malformed one must read as "not found", not as a database error. */
export function isUuid(v: unknown): v is string {
  return typeof v === "string" && UUID.test(v);
}
