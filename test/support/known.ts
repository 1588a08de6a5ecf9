// Known failures: one plain list per suite, `test/<suite>/known-failures.txt`, one entry per line:
//   <name>    # reason or issue number
// A listed case that starts passing is reported, so the list only shrinks.
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = process.env.PYTS_ROOT ?? process.cwd();

export function knownFailures(suite: string): Map<string, string> {
  const file = path.join(ROOT, 'test', suite, 'known-failures.txt');
  const out = new Map<string, string>();
  if (!fs.existsSync(file)) return out;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    const hash = t.indexOf('#');
    const name = (hash < 0 ? t : t.slice(0, hash)).trim();
    out.set(name, hash < 0 ? '' : t.slice(hash + 1).trim());
  }
  return out;
}

export function readGolden<T>(rel: string): T {
  return JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8')) as T;
}
