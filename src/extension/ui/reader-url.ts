/**
 * The reader page's address and query (`?source=ID&passage=PID&text=EXCERPT`), with no extension
 * API, so pages, the card and tests share one definition.
 */

/** Path of the reader page inside the built extension (a Vite input in vite.config.ts). */
export const READER_PAGE = 'src/extension/reader/index.html';

export interface ReaderTarget {
  source: string;
  passage?: string;
  /** An excerpt to mark within the passage. */
  text?: string;
}

export function readerQuery(target: ReaderTarget): string {
  const params = new URLSearchParams({ source: target.source });
  if (target.passage) params.set('passage', target.passage);
  if (target.text) params.set('text', target.text);
  return `?${params.toString()}`;
}

export function parseReaderQuery(search: string): ReaderTarget | undefined {
  const params = new URLSearchParams(search);
  const source = params.get('source');
  if (!source) return undefined;
  const target: ReaderTarget = { source };
  const passage = params.get('passage');
  const text = params.get('text');
  if (passage) target.passage = passage;
  if (text) target.text = text;
  return target;
}
