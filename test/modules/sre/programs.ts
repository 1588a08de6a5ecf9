// The _sre test programs (test/modules/sre/*.py), shared by their golden generator (tools/gen/sre.ts)
// and the test (test/modules/sre.test.ts): each runs with driver.py prepended.
import fs from 'node:fs';
import path from 'node:path';

export const SRE_DIR = 'test/modules/sre';
export const VIRTUAL_DIR = '/pyts-test/modules/sre';

export interface SreProgram {
  name: string;
  /** driver.py followed by the program. */
  source: string;
  goldenFile: string;
}

export function sreProgramNames(root: string): string[] {
  return fs
    .readdirSync(path.join(root, SRE_DIR))
    .filter((f) => f.endsWith('.py') && f !== 'driver.py')
    .map((f) => f.slice(0, -3))
    .sort();
}

export function sreProgram(root: string, name: string): SreProgram {
  const dir = path.join(root, SRE_DIR);
  const source = fs.readFileSync(path.join(dir, 'driver.py'), 'utf8') + '\n' + fs.readFileSync(path.join(dir, name + '.py'), 'utf8');
  return { name, source, goldenFile: path.join(dir, 'goldens', name + '.json') };
}

/** Code points as sorted [first, last] ranges. */
export function toRanges(cps: Iterable<number>): [number, number][] {
  const out: [number, number][] = [];
  for (const c of cps) {
    const last = out[out.length - 1];
    if (last !== undefined && last[1] === c - 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

/** The character tables of the engine, as CPython answers for every code point. */
export interface SreTables {
  /** [c, _sre.unicode_tolower(c)] where they differ. */
  tolower: [number, number][];
  /** Ranges of c with _sre.unicode_iscased(c). */
  iscased: [number, number][];
  /** Ranges of characters matched by each of these str patterns. */
  classes: Record<string, [number, number][]>;
  /** The same for bytes patterns, over 0..255. */
  bytesClasses: Record<string, [number, number][]>;
}

export const CLASS_PATTERNS = ['\\d', '\\s', '\\w', '(?a)\\d', '(?a)\\s', '(?a)\\w', '.', '(?s).', '\\b.', '.\\b'];
export const BYTES_CLASS_PATTERNS = ['\\d', '\\s', '\\w', '(?L)\\w', '(?i)a', '(?i)[a-z]', '(?iL)[a-z]'];
