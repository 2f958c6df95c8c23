/** Reads a file for `gloss scan`: HTML is parsed with linkedom and read like the content script. */
import { readFileSync, statSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { CliError } from './cli-error.js';

export interface InputDocument {
  kind: 'html' | 'text';
  title: string;
  /** For HTML: the root to walk. */
  root?: Node;
  /** For text: the text. */
  text?: string;
}

const looksLikeHtml = (path: string, content: string): boolean =>
  /\.x?html?$/i.test(path) || /^\s*(<!doctype html|<html|<head|<body)/i.test(content);

export function readInput(path: string): InputDocument {
  let content: string;
  try {
    if (statSync(path).isDirectory()) throw new CliError(`cannot read ${path}: it is a directory`);
    content = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new CliError(`cannot read ${path}: ${why}`);
  }
  if (content.trim() === '') throw new CliError(`${path} is empty`);
  if (!looksLikeHtml(path, content)) return { kind: 'text', title: '', text: content };
  const { document } = parseHTML(content);
  const root = (document.body ?? document.documentElement) as unknown as Node | null;
  if (!root) throw new CliError(`${path}: no HTML body to read`);
  return { kind: 'html', title: document.title ?? '', root };
}
