/** `gloss scan FILE | check "CLAIM" | search "WORDS"` — the core from the command line. */
import { parseArgs } from 'node:util';
import { CliError } from './cli-error.js';
import { parseClaimDate, type ClaimDate } from '../core/claims/relative-dates.js';

export const USAGE = `usage: gloss <command> [options]

commands:
  scan FILE        mentions in an HTML or text file, then the facts for each topic found
  check "CLAIM"    the facts that bear on a claim, its figures set beside the sources'
  search "WORDS"   typo-tolerant search over topics, facts and passages

options:
  --json           machine-readable output (schema in README.md)
  --limit N        search: at most N results (default 10)
  --date DATE      check: when the claim was written (YYYY, YYYY-MM or YYYY-MM-DD), to read
                   "last year", "this July", "năm ngoái", "l'an dernier" (default: not read)
  -h, --help       this help`;

function claimDate(value: string | undefined): ClaimDate | undefined {
  if (value === undefined) return undefined;
  const date = parseClaimDate(value);
  if (!date) throw new CliError(`--date must be YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`);
  return date;
}

export async function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(`${s}\n`), err: (s: string) => void = (s) => process.stderr.write(`${s}\n`)): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: { json: { type: 'boolean' }, limit: { type: 'string' }, date: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      });
    } catch (e) {
      throw new CliError(((e as Error).message.split('\n')[0] ?? 'bad arguments').replace(/\. To specify.*$/, ''));
    }
    const { values, positionals } = parsed;
    if (values.help) {
      out(USAGE);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (!command) throw new CliError('missing command (scan, check or search); see gloss --help');
    const json = values.json ?? false;
    const arg = rest.join(' ');
    switch (command) {
      case 'scan':
        if (rest.length !== 1) throw new CliError('scan takes exactly one FILE');
        out((await import('./scan-command.js')).runScan(rest[0]!, json));
        return 0;
      case 'check':
        if (!arg.trim()) throw new CliError('check needs a claim: gloss check "Vietnam has sent 29 officers"');
        out((await import('./check-command.js')).runCheck(arg, json, claimDate(values.date)));
        return 0;
      case 'search': {
        if (!arg.trim()) throw new CliError('search needs some words: gloss search "field hospital"');
        const limit = values.limit === undefined ? 10 : Number(values.limit);
        if (!Number.isInteger(limit) || limit < 1) throw new CliError(`--limit must be a positive whole number, not "${values.limit}"`);
        out((await import('./search-command.js')).runSearch(arg, json, limit));
        return 0;
      }
      default:
        throw new CliError(`unknown command "${command}" (scan, check or search); see gloss --help`);
    }
  } catch (e) {
    if (e instanceof CliError) {
      err(`gloss: ${e.message}`);
      return e.exitCode;
    }
    err(`gloss: internal error: ${(e as Error).stack ?? e}`);
    return 1;
  }
}
