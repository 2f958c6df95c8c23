/**
 * The sentence a mention stands in, read from its block as the page shows it — for claim hints,
 * which compare the figures a page states next to a mention with the corpus's.
 */
import { INLINE, readText } from '../../dom/page-text.js';

const MAX_BLOCK = 4000;
const MAX_SENTENCE = 600;

/** A sentence end: . ! ? (not inside a number like 13.8) followed by space, or a line break. */
const END = /(?<!\d)[.!?](?=\s)|(?<=\d)[.!?](?=\s+[A-ZÀ-Ỹ])|\n/g;

export function sentenceAround(range: Range): string | undefined {
  let block: Element | null = range.startContainer.parentElement;
  while (block && INLINE.has(block.localName)) block = block.parentElement;
  if (!block) return undefined;
  const { text, chunks } = readText(block);
  if (text.length > MAX_BLOCK) return undefined;
  const chunk = chunks.find((c) => c.node === range.startContainer);
  if (!chunk) return undefined;
  const at = chunk.start + range.startOffset;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(END)) {
    const i = m.index;
    if (i < at) start = i + 1;
    else {
      end = i + 1;
      break;
    }
  }
  const sentence = text.slice(start, end).trim();
  return sentence.length > MAX_SENTENCE ? undefined : sentence;
}
