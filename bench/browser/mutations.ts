/**
 * The page's own DOM work, as its scripts would do it (insert a node, remove it, update a
 * counter's text), timed. Every live Range in a document is updated on each DOM change, so this
 * measures what Gloss's retained mention Ranges cost the page itself.
 */
export function pageMutations(root: HTMLElement, count = 1000): number {
  const paragraphs = root.querySelectorAll('p');
  if (paragraphs.length === 0) return 0;
  const step = Math.max(1, Math.floor(paragraphs.length / count));
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const p = paragraphs[(i * step) % paragraphs.length]!;
    const span = document.createElement('span');
    span.textContent = ' (updated)';
    p.appendChild(span);
    span.firstChild!.nodeValue = ` (updated ${i})`;
    span.remove();
  }
  return performance.now() - t0;
}
