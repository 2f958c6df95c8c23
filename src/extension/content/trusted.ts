/**
 * Page scripts share the DOM with Gloss and can dispatch any event they like (a synthetic
 * `pointermove` over a mark, a `click` on a card button). Only events the browser made from the
 * reader's own input are `isTrusted`; everything that opens, moves or closes Gloss's UI, or acts on
 * one of its buttons, listens through this.
 */
export function trusted<E extends Event>(listener: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) listener(event);
  };
}
