/**
 * The one way Gloss's UI builds DOM: elements with attributes and text nodes. Text always goes in
 * through `textContent` / text nodes, so corpus or page text can never become markup.
 */

export type Child = Node | string | number | null | undefined | false;

export interface ElementProps {
  class?: string;
  id?: string;
  /** Set as `textContent`. */
  text?: string;
  /** Plain attributes (`aria-*`, `role`, `href`, `type`, ...). `undefined` values are skipped. */
  attrs?: Record<string, string | undefined>;
  /** `data-*` attributes, e.g. `{ testid: 'verdict' }` → `data-testid="verdict"`. */
  data?: Record<string, string | undefined>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: ElementProps = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.id) node.id = props.id;
  for (const [name, value] of Object.entries(props.attrs ?? {})) if (value !== undefined) node.setAttribute(name, value);
  for (const [name, value] of Object.entries(props.data ?? {})) if (value !== undefined) node.dataset[name] = value;
  if (props.text !== undefined) node.textContent = props.text;
  append(node, children);
  return node;
}

export function append(parent: Node, children: readonly Child[]): void {
  const doc = parent.ownerDocument ?? (parent as Document);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? doc.createTextNode(String(child)) : child);
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, children: readonly Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}
