/**
 * Reads a page's text the way a reader sees it, for any DOM (the browser's, or linkedom's in the
 * CLI): text nodes in document order, inline elements joined ("Directive <b>25</b>" is one run of
 * text), block elements separated, and nothing from scripts, styles, form fields, editable regions,
 * hidden elements or Gloss's own UI. The walk is iterative (no recursion: pages nest 20,000 deep)
 * and resumable, so the content script can run it in idle-time slices.
 */

/** Elements whose content is never read. */
export const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'optgroup',
  'button', 'iframe', 'frame', 'object', 'embed', 'canvas', 'svg', 'math', 'head', 'title', 'video',
  'audio', 'picture', 'img', 'datalist', 'meter', 'progress', 'dialog',
]);

/** Elements that do not break a run of text. Everything else is a block boundary. */
export const INLINE = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em',
  'font', 'i', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small',
  'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

/** Attribute that marks Gloss's own UI hosts in a page. */
export const GLOSS_UI_ATTRIBUTE = 'data-gloss-ui';

export function isSkippedElement(el: Element): boolean {
  if (SKIPPED.has(el.localName)) return true;
  if (el.hasAttribute('hidden') || el.hasAttribute(GLOSS_UI_ATTRIBUTE)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return el.getAttribute('aria-hidden') === 'true';
}

export interface TextSink {
  /** A text node's data, appended at the sink's current offset. */
  text(node: Text, data: string): void;
  /** A block boundary. */
  boundary(): void;
}

const ELEMENT = 1;
const TEXT = 3;

/** A resumable document-order walk under `root` that reports text and block boundaries. */
export class PageTextWalk {
  private node: Node | null;
  private done = false;

  constructor(private readonly root: Node, private readonly sink: TextSink) {
    this.node = root.firstChild;
    if (!this.node) this.done = true;
  }

  get finished(): boolean {
    return this.done;
  }

  /**
   * Walks until finished or `keepGoing()` returns false (checked every 256 nodes). Returns
   * whether the walk is finished.
   */
  run(keepGoing: () => boolean = () => true): boolean {
    const { root, sink } = this;
    let node = this.node;
    let budget = 256;
    while (node) {
      if (--budget === 0) {
        budget = 256;
        if (!keepGoing()) break;
      }
      let descend = false;
      if (node.nodeType === TEXT) {
        const data = (node as Text).data;
        if (data.length) sink.text(node as Text, data);
      } else if (node.nodeType === ELEMENT) {
        const el = node as Element;
        if (!isSkippedElement(el)) {
          if (el.localName === 'br' || !INLINE.has(el.localName)) sink.boundary();
          descend = node.firstChild !== null;
        }
      }
      if (descend) {
        node = node.firstChild;
        continue;
      }
      // Move to the next node in document order, closing blocks on the way up.
      while (node && node !== root && !node.nextSibling) {
        node = node.parentNode;
        if (node && node !== root && node.nodeType === ELEMENT && !INLINE.has((node as Element).localName)) sink.boundary();
      }
      node = node && node !== root ? node.nextSibling : null;
    }
    this.node = node;
    if (!node) this.done = true;
    return this.done;
  }
}

/** The whole visible text of `root` as one string (blocks separated by "\n"), with its chunks. */
export function readText(root: Node): { text: string; chunks: { node: Text; start: number }[] } {
  const parts: string[] = [];
  const chunks: { node: Text; start: number }[] = [];
  let offset = 0;
  let lastBoundary = true;
  new PageTextWalk(root, {
    text(node, data) {
      chunks.push({ node, start: offset });
      parts.push(data);
      offset += data.length;
      lastBoundary = false;
    },
    boundary() {
      if (lastBoundary) return;
      parts.push('\n');
      offset += 1;
      lastBoundary = true;
    },
  }).run();
  return { text: parts.join(''), chunks };
}
