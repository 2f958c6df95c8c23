/** The short "Saved" line (a live region) after each change, or what went wrong. */

const SHOWN_MS = 2500;

export interface SaveStatus {
  /** Runs a change and reports it: "Saved", or the error. */
  run(change: () => Promise<unknown>): Promise<boolean>;
}

export function createSaveStatus(line: HTMLElement): SaveStatus {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = (text: string, error: boolean): void => {
    clearTimeout(timer);
    line.textContent = text;
    line.classList.toggle('save-status--error', error);
    if (!error) timer = setTimeout(() => (line.textContent = ''), SHOWN_MS);
  };
  return {
    async run(change) {
      try {
        await change();
        show('Saved', false);
        return true;
      } catch (e) {
        show(`Not saved: ${e instanceof Error ? e.message : String(e)}`, true);
        return false;
      }
    },
  };
}
