/**
 * A lookup table keyed by words taken from untrusted text (pages, claims): it has no prototype, so
 * "constructor", "toString" or "__proto__" find nothing instead of an Object method.
 */
export function wordTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
