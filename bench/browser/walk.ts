/**
 * The floor: the cheapest ways to read every visible text node with no matching at all. Both
 * skip the same elements Gloss skips (its SKIPPED set, by tag name only: the generated pages have
 * no hidden or editable regions), so every contender reads the same text.
 */
import { SKIPPED } from '../../src/dom/page-text.js';

const ELEMENT = 1;
const TEXT = 3;

/** Plain firstChild/nextSibling walk; returns the number of characters read. */
export function floorPlain(root: Node): number {
  let chars = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === TEXT) chars += (node as Text).data.length;
    else if (type === ELEMENT && node.firstChild !== null && !SKIPPED.has((node as Element).localName)) {
      node = node.firstChild;
      continue;
    }
    let next: Node | null = node.nextSibling;
    while (next === null) {
      node = node!.parentNode;
      if (node === null || node === root) return chars;
      next = node.nextSibling;
    }
    node = next;
  }
  return chars;
}

const filter: NodeFilter = {
  acceptNode: (n: Node) => (n.nodeType === TEXT ? NodeFilter.FILTER_ACCEPT
    : SKIPPED.has((n as Element).localName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP),
};

/** TreeWalker over elements and text, rejecting skipped subtrees; returns the characters read. */
export function floorTreeWalker(root: Node): number {
  let chars = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, filter);
  let node: Node | null;
  while ((node = walker.nextNode())) if (node.nodeType === TEXT) chars += (node as Text).data.length;
  return chars;
}

/**
 * Not a floor but a reference: the plain walk plus one charCodeAt per character, the least any
 * scanner written in JavaScript that looks at every character must do.
 */
export function touchEveryChar(root: Node): number {
  let sum = 0;
  eachVisibleText(root, (t) => {
    const d = t.data;
    for (let i = 0; i < d.length; i++) sum += d.charCodeAt(i) & 1;
  });
  return sum;
}

/**
 * Calls `visit` for every visible text node (the walk the per-node peers use). The same loop as
 * floorPlain on purpose: the floor must not pay for a callback per node.
 */
export function eachVisibleText(root: Node, visit: (t: Text) => void): void {
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === TEXT) visit(node as Text);
    else if (type === ELEMENT && node.firstChild !== null && !SKIPPED.has((node as Element).localName)) {
      node = node.firstChild;
      continue;
    }
    let next: Node | null = node.nextSibling;
    while (next === null) {
      node = node!.parentNode;
      if (node === null || node === root) return;
      next = node.nextSibling;
    }
    node = next;
  }
}
