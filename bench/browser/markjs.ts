/**
 * mark.js, the library people use to highlight keywords in a page. It wraps every match in a
 * <mark> element, so each run changes the DOM and the next run needs a fresh copy of the page.
 * mark.js runs synchronously and reports through `done`.
 */
import Mark from 'mark.js';
import { SKIPPED } from '../../src/dom/page-text.js';

/**
 * Everything Gloss skips (mark.js itself only skips script, style, title, head and html), as one
 * selector: mark.js calls `matches` once per selector in the list for every text node.
 */
const EXCLUDE = [[...SKIPPED].map((tag) => `${tag}, ${tag} *`).join(', ')];

/**
 * mark.js recurses once per keyword through its callbacks, so one `mark()` call with ~900
 * aliases overflows Chromium's stack ("Invalid regular expression: … Stack overflow"). The
 * aliases are given in batches instead: the same passes, the same work.
 */
const ARRAY_BATCH = 200;

/**
 * Array mode: one pass over the page per alias. `separateWordSearch: false` keeps phrases whole,
 * `accuracy: 'exactly'` asks for whole words; the rest are mark.js's defaults (case- and
 * diacritics-insensitive).
 */
export function markArray(root: HTMLElement, aliases: readonly string[]): number {
  let total = 0;
  for (let i = 0; i < aliases.length; i += ARRAY_BATCH) {
    new Mark(root).mark(aliases.slice(i, i + ARRAY_BATCH), {
      separateWordSearch: false,
      accuracy: 'exactly',
      exclude: EXCLUDE,
      done: (n) => { total += n; },
    });
  }
  return total;
}

/** RegExp mode with the same union the RegExp peer uses. */
export function markRegExp(root: HTMLElement, re: RegExp): number {
  let total = 0;
  new Mark(root).markRegExp(re, { exclude: EXCLUDE, done: (n) => { total = n; } });
  return total;
}
