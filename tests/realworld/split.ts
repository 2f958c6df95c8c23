/** The dev/test split of the real-world set: by page, from an FNV-1a hash of its URL. */
export type Split = 'dev' | 'test';

export function splitFor(url: string): Split {
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) {
    hash ^= url.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 2 === 0 ? 'dev' : 'test';
}
