/** What the numbers were measured on. */
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  chromium: string;
  /** 1-minute load averages when the bench started and ended: other work on a shared machine shows here. */
  loadStart: number;
  loadEnd?: number;
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) return line.split(':')[1]!.trim();
  } catch {
    // Not Linux: fall through to what Node reports.
  }
  return cpus()[0]?.model ?? 'unknown';
}

function osName(): string {
  try {
    const pretty = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]+)"?/m);
    if (pretty) return `${pretty[1]} (Linux ${release()})`;
  } catch {
    // Fall through.
  }
  return `${process.platform} ${release()}`;
}

export function machine(chromium: string): Machine {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: osName(),
    node: process.version,
    chromium,
    loadStart: Number(loadavg()[0]!.toFixed(2)),
  };
}

export const loadNow = (): number => Number(loadavg()[0]!.toFixed(2));
