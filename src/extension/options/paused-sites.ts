/** The paused sites: a list with a remove button each, and a field to add one. */
import { updateSettings, type Settings } from '../shared/settings.js';
import { el, replaceChildren } from '../ui/dom.js';
import { normaliseHostname } from './hostname.js';
import type { SaveStatus } from './save-status.js';

export interface PausedSitesElements {
  list: HTMLUListElement;
  empty: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  error: HTMLElement;
}

export interface PausedSites {
  render(settings: Settings): void;
}

export function bindPausedSites(els: PausedSitesElements, status: SaveStatus): PausedSites {
  const doc = els.list.ownerDocument;
  let sites: readonly string[] = [];
  /** After a removal, focus the row that took its place (or the field): focus must not fall to <body>. */
  let focusRow: number | undefined;

  const showError = (text: string): void => {
    els.error.textContent = text;
    els.input.setAttribute('aria-invalid', text ? 'true' : 'false');
  };

  els.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = els.input.value;
    const host = normaliseHostname(typed);
    if (!host) return showError(typed.trim() ? `“${typed.trim()}” is not a site name. Type a hostname like example.com.` : 'Type a site, like example.com.');
    if (sites.includes(host)) return showError(`${host} is already paused.`);
    showError('');
    void status.run(() => updateSettings((s) => void (s.pausedSites = [...s.pausedSites.filter((h) => h !== host), host]))).then((ok) => {
      if (ok) els.input.value = '';
    });
  });
  els.input.addEventListener('input', () => showError(''));

  const remove = (site: string, row: number): void => {
    focusRow = row;
    void status.run(() => updateSettings((s) => void (s.pausedSites = s.pausedSites.filter((h) => h !== site))));
  };

  return {
    render(settings) {
      sites = settings.pausedSites;
      replaceChildren(els.list, sites.map((site, i) => {
        const button = el(doc, 'button', {
          class: 'button',
          text: 'Remove',
          attrs: { type: 'button', 'aria-label': `Stop pausing ${site}` },
          data: { testid: 'remove-paused' },
        });
        button.addEventListener('click', () => remove(site, i));
        return el(doc, 'li', { class: 'row', data: { testid: 'paused-site', site } }, [el(doc, 'span', { class: 'row__main', text: site }), button]);
      }));
      els.empty.hidden = sites.length > 0;
      if (focusRow !== undefined) {
        const buttons = els.list.querySelectorAll('button');
        (buttons[Math.min(focusRow, buttons.length - 1)] ?? els.input).focus();
        focusRow = undefined;
      }
    },
  };
}
