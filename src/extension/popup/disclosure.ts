/** A button that shows and hides a panel, with `aria-expanded` / `aria-controls` kept in step. */

export interface Disclosure {
  readonly expanded: boolean;
  set(expanded: boolean): void;
}

/**
 * Wires `button` to `panel`. `onFirstOpen` fills the panel the first time it opens (lazily, so a
 * long list costs nothing until used).
 */
export function disclosure(button: HTMLButtonElement, panel: HTMLElement, onFirstOpen: () => void): Disclosure {
  let opened = false;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', panel.id);
  panel.hidden = true;
  const state: Disclosure = {
    get expanded() {
      return button.getAttribute('aria-expanded') === 'true';
    },
    set(expanded) {
      button.setAttribute('aria-expanded', String(expanded));
      panel.hidden = !expanded;
      if (expanded && !opened) {
        opened = true;
        onFirstOpen();
      }
    },
  };
  button.addEventListener('click', () => state.set(!state.expanded));
  return state;
}
