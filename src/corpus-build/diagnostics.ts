/** Build errors that name a file and a line, and the collector the corpus build reports them with. */

export interface Diagnostic {
  file: string;
  line?: number;
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}${d.line ? `:${d.line}` : ''}: ${d.message}`;
}

export class Diagnostics {
  readonly list: Diagnostic[] = [];
  error(file: string, line: number | undefined, message: string): void {
    this.list.push({ file, line, message });
  }
  get ok(): boolean {
    return this.list.length === 0;
  }
}
