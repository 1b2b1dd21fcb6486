// The hub's start command, read from package.json at run time (it changes; never copied here).
import { readFileSync } from 'node:fs';

/** Splits a command line the way sh would for plain words and '…' / "…" quotes. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quote: string | null = null;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = null;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      word ??= '';
    } else if (/\s/.test(ch)) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (quote) throw new Error(`unbalanced quote in "${line}"`);
  if (word !== null) words.push(word);
  return words;
}

export interface HubCommand {
  /** What runs before the server (e.g. `npm run build`), as one sh command; null when nothing. */
  prepare: string | null;
  /** `NAME=value` assignments before `node`. */
  env: Record<string, string>;
  /** Arguments of `node`: its flags and the entry point. */
  args: string[];
}

/** `npm run build && [NAME=value …] node [flags] dist/src/main.js` → its parts. */
export function hubStartCommand(start: string): HubCommand {
  const segments = start.split('&&').map((s) => s.trim()).filter(Boolean);
  const last = segments.pop() ?? '';
  const words = shellWords(last);
  const env: Record<string, string> = {};
  while (words[0] && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) {
    const [name, ...value] = words.shift()!.split('=');
    env[name!] = value.join('=');
  }
  if (words.shift() !== 'node' || !words.length) throw new Error(`package.json scripts.start must end with "node [flags] <entry point>" (it is "${start}")`);
  return { prepare: segments.length ? segments.join(' && ') : null, env, args: words };
}

export function readHubCommand(): HubCommand {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts?: Record<string, string> };
  const start = pkg.scripts?.start;
  if (!start) throw new Error('package.json has no scripts.start');
  return hubStartCommand(start);
}
