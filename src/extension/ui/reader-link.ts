/** Absolute URL of the bundled reader at a passage (and, optionally, an excerpt to mark). */
import browser from 'webextension-polyfill';
import { READER_PAGE, readerQuery } from './reader-url.js';

export function readerLink(sourceId: string, passageId?: string, text?: string): string {
  const target: { source: string; passage?: string; text?: string } = { source: sourceId };
  if (passageId) target.passage = passageId;
  if (text) target.text = text;
  return browser.runtime.getURL(READER_PAGE) + readerQuery(target);
}
