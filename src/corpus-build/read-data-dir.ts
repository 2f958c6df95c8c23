/** Reads a data folder (sources/, topics/, facts/) into the build's file list. Node only. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DataFile } from './build-corpus.js';

export function readDataDir(dir: string): DataFile[] {
  const files: DataFile[] = [];
  for (const sub of ['sources', 'topics', 'facts']) {
    const folder = join(dir, sub);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const path = join(folder, name);
      if (name.startsWith('.') || !statSync(path).isFile()) continue;
      files.push({ path: `${sub}/${name}`, content: readFileSync(path, 'utf8') });
    }
  }
  return files;
}
