/** The page's mentions: kept in page order, indexed by text node for hit-testing. */
import type { PageTopic } from '../shared/messages.js';
import type { PageMention } from './page-scan.js';

export class MentionStore {
  private list: PageMention[] = [];
  private byNode = new WeakMap<Text, PageMention[]>();
  private sorted = true;

  get all(): readonly PageMention[] {
    if (!this.sorted) {
      this.list.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
      this.sorted = true;
    }
    return this.list;
  }

  /** The mentions in no particular order (no sort: for counting and filtering). */
  get unordered(): readonly PageMention[] {
    return this.list;
  }

  /** How many mentions (without sorting them into page order). */
  get size(): number {
    return this.list.length;
  }

  /**
   * Adds the mentions not stored yet and returns them. Two scans may read the same text (a rescan of
   * a changed subtree overlapping a navigation's rescan of the page): a mention is stored once.
   */
  add(mentions: PageMention[]): PageMention[] {
    const added: PageMention[] = [];
    for (const m of mentions) {
      if (this.has(m)) continue;
      added.push(m);
      this.list.push(m);
      for (const n of m.nodes) {
        const l = this.byNode.get(n);
        if (l) l.push(m);
        else this.byNode.set(n, [m]);
      }
    }
    if (added.length) this.sorted = false;
    return added;
  }

  /** A mention of the same topic over the very same text is already stored. */
  private has(m: PageMention): boolean {
    const first = m.nodes[0];
    const same = (x: PageMention): boolean => x.topic === m.topic &&
      x.range.startContainer === m.range.startContainer && x.range.startOffset === m.range.startOffset &&
      x.range.endContainer === m.range.endContainer && x.range.endOffset === m.range.endOffset;
    return first !== undefined && (this.byNode.get(first) ?? []).some(same);
  }

  /** Removes mentions inside `root` (or no longer in the document); returns them. */
  removeWithin(root: Node | null): PageMention[] {
    const removed: PageMention[] = [];
    this.list = this.list.filter((m) => {
      const start = m.range.startContainer;
      const gone = !start.isConnected || m.range.collapsed || (root !== null && root.contains(start));
      if (gone) removed.push(m);
      return !gone;
    });
    for (const m of removed) for (const n of m.nodes) this.byNode.delete(n);
    return removed;
  }

  /** Removes the mentions `drop` picks; returns them. */
  removeWhere(drop: (m: PageMention) => boolean): PageMention[] {
    const removed: PageMention[] = [];
    this.list = this.list.filter((m) => {
      const gone = drop(m);
      if (gone) removed.push(m);
      return !gone;
    });
    for (const m of removed) for (const n of m.nodes) this.byNode.set(n, (this.byNode.get(n) ?? []).filter((x) => x !== m));
    return removed;
  }

  clear(): PageMention[] {
    const all = this.list;
    this.list = [];
    this.byNode = new WeakMap();
    this.sorted = true;
    return all;
  }

  atNode(node: Node): PageMention[] {
    return (node.nodeType === Node.TEXT_NODE && this.byNode.get(node as Text)) || [];
  }

  /** Topics in page order (by first mention) with counts and the words that matched. */
  topics(names: (id: string) => string): PageTopic[] {
    const map = new Map<string, PageTopic>();
    for (const m of this.all) {
      let t = map.get(m.topic);
      if (!t) map.set(m.topic, (t = { id: m.topic, name: names(m.topic), count: 0, surfaces: [] }));
      t.count++;
      const s = m.surface.replace(/\s+/g, ' ').trim();
      if (!t.surfaces.includes(s)) t.surfaces.push(s);
    }
    return [...map.values()];
  }
}
