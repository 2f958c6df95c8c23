/** Marks on/off, highlight style and how cards open: form controls bound to the settings. */
import { updateSettings, type HighlightStyle, type OpenCardsOn, type Settings } from '../shared/settings.js';
import type { SaveStatus } from './save-status.js';

export interface GeneralControls {
  render(settings: Settings): void;
}

const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background'];
const OPEN_CARDS_ON: readonly OpenCardsOn[] = ['hover', 'click'];

/** A radio group whose checked value is saved with `apply`; returns its inputs. */
function bindRadios<T extends string>(root: ParentNode, name: string, allowed: readonly T[], status: SaveStatus, apply: (s: Settings, value: T) => void): HTMLInputElement[] {
  const inputs = [...root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${name}"]`)];
  for (const radio of inputs) {
    radio.addEventListener('change', () => {
      const value = allowed.find((v) => v === radio.value);
      if (!radio.checked || value === undefined) return;
      void status.run(() => updateSettings((s) => apply(s, value)));
    });
  }
  return inputs;
}

export function bindGeneralControls(root: ParentNode, status: SaveStatus): GeneralControls {
  const marks = root.querySelector<HTMLInputElement>('#marks');
  if (!marks) throw new Error('options markup is missing #marks');
  marks.addEventListener('change', () => {
    const on = marks.checked;
    void status.run(() => updateSettings((s) => void (s.marks = on)));
  });
  const styles = bindRadios(root, 'highlightStyle', HIGHLIGHT_STYLES, status, (s, v) => void (s.highlightStyle = v));
  const openOn = bindRadios(root, 'openCardsOn', OPEN_CARDS_ON, status, (s, v) => void (s.openCardsOn = v));

  return {
    render(settings) {
      marks.checked = settings.marks;
      for (const radio of styles) radio.checked = radio.value === settings.highlightStyle;
      for (const radio of openOn) radio.checked = radio.value === settings.openCardsOn;
    },
  };
}
