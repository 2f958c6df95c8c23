/**
 * The corrections ("do not mark this word for this topic"): a list with an Undo each, export to a
 * JSON file and import from one.
 */
import { MAX_CORRECTIONS, mergeCorrections, sameCorrection, updateSettings, type MutedAlias, type Settings } from '../shared/settings.js';
import { corpusIndex } from '../ui/bundled-corpus.js';
import { el, replaceChildren } from '../ui/dom.js';
import { ImportError, exportCorrections, parseCorrections } from './corrections-file.js';
import type { SaveStatus } from './save-status.js';

/** Larger files are not corrections lists; refuse them before reading. */
const MAX_IMPORT_BYTES = 1_000_000;

export interface CorrectionsElements {
  list: HTMLUListElement;
  empty: HTMLElement;
  exportButton: HTMLButtonElement;
  importInput: HTMLInputElement;
  importStatus: HTMLElement;
}

export interface Corrections {
  render(settings: Settings): void;
}

const topicName = (id: string): string => corpusIndex().topic(id)?.name ?? id;

export function bindCorrections(els: CorrectionsElements, status: SaveStatus): Corrections {
  const doc = els.list.ownerDocument;
  let current: readonly MutedAlias[] = [];
  let focusRow: number | undefined;

  const report = (text: string, error: boolean): void => {
    els.importStatus.textContent = text;
    els.importStatus.classList.toggle('import-status--error', error);
  };

  els.exportButton.addEventListener('click', () => {
    const blob = new Blob([exportCorrections(current, new Date())], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = el(doc, 'a', { attrs: { href: url, download: 'gloss-corrections.json' } });
    doc.body.append(link);
    link.click();
    link.remove();
    // The download has taken its copy once the click has been handled.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    report(`Exported ${current.length} ${current.length === 1 ? 'correction' : 'corrections'} to gloss-corrections.json.`, false);
  });

  els.importInput.addEventListener('change', () => {
    const file = els.importInput.files?.[0];
    els.importInput.value = ''; // choosing the same file again must fire `change` again
    if (file) void importFile(file);
  });

  async function importFile(file: File): Promise<void> {
    if (file.size > MAX_IMPORT_BYTES) return report(`Could not import “${file.name}”: it is too large to be a corrections file (${Math.round(file.size / 1024)} KB).`, true);
    try {
      const parsed = parseCorrections(await file.text(), (id) => corpusIndex().topic(id) !== undefined, Date.now());
      let added = 0;
      let overCap = 0;
      const saved = await status.run(() => updateSettings((s) => {
        const merged = mergeCorrections(s.mutedAliases, parsed.corrections);
        added = merged.added;
        overCap = merged.overCap;
        s.mutedAliases = merged.merged;
      }));
      if (!saved) return report(`Could not import “${file.name}”: the corrections could not be saved. Nothing was changed.`, true);
      const skipped = parsed.skipped.length ? ` Skipped ${parsed.skipped.length}: ${parsed.skipped.slice(0, 3).join('; ')}${parsed.skipped.length > 3 ? '; …' : ''}.` : '';
      const full = overCap ? ` ${overCap} left out: Gloss keeps at most ${MAX_CORRECTIONS} corrections.` : '';
      const known = parsed.corrections.length - added - overCap;
      report(`Imported ${added} ${added === 1 ? 'correction' : 'corrections'} from “${file.name}”${known ? ` (${known} you already had)` : ''}.${full}${skipped}`, Boolean(overCap));
    } catch (e) {
      const why = e instanceof ImportError ? e.message : `it could not be read (${e instanceof Error ? e.message : String(e)})`;
      report(`Could not import “${file.name}”: ${why}. Nothing was changed.`, true);
    }
  }

  const undo = (correction: MutedAlias, row: number): void => {
    focusRow = row;
    void status.run(() => updateSettings((s) => void (s.mutedAliases = s.mutedAliases.filter((m) => !sameCorrection(m, correction)))));
  };

  return {
    render(settings) {
      current = settings.mutedAliases;
      replaceChildren(els.list, current.map((correction, i) => {
        const where = correction.site ?? 'everywhere';
        const button = el(doc, 'button', {
          class: 'button',
          text: 'Undo',
          attrs: { type: 'button', 'aria-label': `Undo: mark “${correction.alias}” as ${topicName(correction.topic)} again, ${correction.site ? `on ${correction.site}` : 'everywhere'}` },
          data: { testid: 'remove-correction' },
        });
        button.addEventListener('click', () => undo(correction, i));
        return el(doc, 'li', { class: 'row', data: { testid: 'correction', topic: correction.topic, alias: correction.alias, site: correction.site ?? '' } }, [
          el(doc, 'span', { class: 'row__main' }, [
            el(doc, 'span', { class: 'row__title' }, ['“', correction.alias, '” is not ', el(doc, 'strong', { text: topicName(correction.topic) })]),
            el(doc, 'span', { class: 'row__meta', text: correction.site ? `on ${where}` : where }),
          ]),
          button,
        ]);
      }));
      els.empty.hidden = current.length > 0;
      els.exportButton.disabled = current.length === 0;
      if (focusRow !== undefined) {
        const buttons = els.list.querySelectorAll('button');
        (buttons[Math.min(focusRow, buttons.length - 1)] ?? els.importInput).focus();
        focusRow = undefined;
      }
    },
  };
}
