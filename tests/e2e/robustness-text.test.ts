/**
 * Robustness: text in odd places (tests/fixtures/pages/hostile-text.html). What Gloss reads — the
 * decision this test pins down:
 * - the page's light DOM, including light-DOM text slotted into a shadow root (it is the page's
 *   own text, rendered where the reader sees it), and <pre>/<code>;
 * - not text inside shadow roots, open or closed. Chromium would draw marks there (document-level
 *   ::highlight() styles do reach shadow trees), but reading them right means walking the
 *   flattened tree (shadow content in place of light children, slots in place of assigned
 *   nodes), one MutationObserver per root (with no event when a root is attached), no Range
 *   across a tree boundary, and caret hit-testing that stops at hosts; closed roots cannot be read
 *   at all. Until that is built, the rule is simple and consistent: no shadow tree is read;
 * - not frames, same-origin or not (the content script runs in top frames only: `all_frames` would
 *   inject it into every ad and embed on the web);
 * - not SVG or MathML text (labels and formulas, not prose);
 * - right-to-left text, emoji, decomposed (NFD) Vietnamese, and mentions with soft hyphens and
 *   zero-width characters inside are all found, and each mark covers the whole mention as written.
 */
import { describe, expect, it } from 'vitest';
import { badgeText, type FixtureServer, type GlossBrowser } from './harness.js';
import { expectPageIntact, openWatched, report, settledStats, useWatchedGloss } from './hostile-pages.js';

let server: FixtureServer;
let g: GlossBrowser;
const workerLog: string[] = [];

useWatchedGloss((s, b) => ((server = s), (g = b)), () => g, workerLog);

/** Every mark in document order, with the id of the element it is in. */
type Mark = { text: string; in: string };

describe('text in odd places', () => {
  it('reads light DOM, slots, code, RTL, emoji, NFD, soft hyphens and zero-width characters; not shadow roots, frames or SVG', async () => {
    const { w, tabId } = await openWatched(g, `${server.origin}/hostile-text.html`);
    const expected: Mark[] = [
      { in: 'slotted', text: 'Nguyen Chi Vinh' },
      { in: 'pre', text: 'Resolution 130/2020/QH14' },
      { in: 'inline-code', text: 'Nguyen Chi Vinh' },
      { in: 'rtl-ar', text: 'Resolution 130/2020/QH14' },
      { in: 'rtl-he', text: 'Nguyen Chi Vinh' },
      { in: 'emoji-1', text: 'Nguyen Chi Vinh' },
      { in: 'emoji-2', text: 'Resolution 130/2020/QH14' },
      // Decomposed: the mark takes in the combining marks of its last letter ("thư" = "thu" + U+031B).
      { in: 'nfd-1', text: 'Chỉ thị 25 của Ban Bí thư'.normalize('NFD') },
      { in: 'nfd-2', text: 'Thượng tướng Nguyễn Chí Vịnh'.normalize('NFD') },
      { in: 'shy', text: 'Direc\u00ADtive 25-CT/TW' },
      { in: 'zwsp', text: 'Resolu\u200Btion 130/2020/QH14' },
      { in: 'zwj', text: 'Nguy\u200Cen Chi Vi\u200Dnh' },
      { in: 'zwj', text: 'Nguyen\u2060 Chi Vinh' },
    ];
    const stats = await settledStats(g, tabId, { atLeast: expected.length });
    const marks = await w.page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('gloss-underline') ?? [])].map((r) => r as Range);
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      return ranges.map((r) => ({ text: r.toString(), in: r.startContainer.parentElement!.closest('[id]')!.id }));
    });
    expect(marks).toEqual(expected);
    expect(stats.mentions).toBe(expected.length);

    // Nothing inside the shadow roots or the frames: no range there, and no Gloss in the frames.
    const elsewhere = await w.page.evaluate(() => {
      const frame = (document.getElementById('same-origin') as HTMLIFrameElement).contentWindow as Window & { CSS: typeof CSS; frameScriptRan?: boolean };
      return {
        frameRan: frame.frameScriptRan === true,
        frameText: frame.document.getElementById('in-frame')?.textContent ?? '',
        frameMarks: frame.CSS.highlights.size,
        inShadow: [...(CSS.highlights.get('gloss-underline') ?? [])].some((r) => (r as Range).startContainer.getRootNode() instanceof ShadowRoot),
      };
    });
    expect(elsewhere).toEqual({ frameRan: true, frameText: expect.stringContaining('Nguyen Chi Vinh'), frameMarks: 0, inShadow: false });

    // The badge counts the topics of the marks: Nguyen Chi Vinh, Resolution 130, Directive 25.
    await expect.poll(() => badgeText(g, tabId)).toBe('3');
    report({ name: 'text in odd places', stats, boundMs: 250 });
    await expectPageIntact(w, g, workerLog);
    await w.page.close();
  });
});
