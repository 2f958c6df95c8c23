import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MentionStore } from '../../src/extension/content/mention-store.js';
import type { PageMention } from '../../src/extension/content/page-scan.js';

describe('the page\'s mention store', () => {
  it('stores a mention once, though two scans read the same text', () => {
    const { document } = parseHTML('<p>Vietnam sent its level-2 field hospital to South Sudan.</p>');
    const text = document.querySelector('p')!.firstChild as unknown as Text;
    const mention = (start: number, end: number, topic: string): PageMention => {
      // The store reads a range's boundary points only (linkedom has no live Range).
      const range = { startContainer: text, startOffset: start, endContainer: text, endOffset: end, collapsed: false } as unknown as Range;
      return { range, topic, surface: text.data.slice(start, end), nodes: [text], why: {} as PageMention['why'] };
    };
    const store = new MentionStore();
    expect(store.add([mention(17, 39, 'level-2-field-hospital'), mention(43, 54, 'unmiss')])).toHaveLength(2);
    // A second scan of the same paragraph: nothing new.
    expect(store.add([mention(17, 39, 'level-2-field-hospital'), mention(43, 54, 'unmiss')])).toEqual([]);
    // Another topic over the same text, or other text, is another mention.
    expect(store.add([mention(43, 54, 'south-sudan-other'), mention(0, 7, 'vietnam-peacekeeping')])).toHaveLength(2);
    expect(store.size).toBe(4);
  });
});
