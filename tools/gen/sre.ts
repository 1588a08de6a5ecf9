// Goldens of the _sre tests: each test/modules/sre/*.py program (with driver.py prepended) run by
// CPython 3.14.2, and the engine's character tables (case mappings, cased characters, the classes
// of \d \s \w...) for every code point.   npm run goldens -- sre
import fs from 'node:fs';
import { registerGolden } from './registry.ts';
import { rootPath, writeJson } from './io.ts';
import { CLASS_PATTERNS, BYTES_CLASS_PATTERNS, SRE_DIR, VIRTUAL_DIR, sreProgram, sreProgramNames, type SreTables } from '../../test/modules/sre/programs.ts';

const TABLES = `
import _sre, re, sys
def ranges(cps):
    out = []
    for c in cps:
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out
def main(arg):
    classes = {}
    for p in arg['classes']:
        m = re.compile(p).match
        classes[p] = ranges(c for c in range(sys.maxunicode + 1) if m(chr(c)))
    bclasses = {}
    for p in arg['bytesClasses']:
        m = re.compile(p.encode()).match
        bclasses[p] = ranges(c for c in range(256) if m(bytes([c])))
    return {
        'tolower': [[c, _sre.unicode_tolower(c)] for c in range(sys.maxunicode + 1) if _sre.unicode_tolower(c) != c],
        'iscased': ranges(c for c in range(sys.maxunicode + 1) if _sre.unicode_iscased(c)),
        'classes': classes,
        'bytesClasses': bclasses,
    }
`;

registerGolden({
  name: 'sre',
  async query(oracle) {
    const root = rootPath();
    await Promise.all(
      sreProgramNames(root).map(async (name) => {
        const p = sreProgram(root, name);
        const r = await oracle.run({ path: `${VIRTUAL_DIR}/${name}.py`, source: p.source }, 300_000);
        fs.writeFileSync(p.goldenFile, JSON.stringify({ stdout: r.stdout, stderr: r.stderr, status: r.status }, null, 1) + '\n');
      }),
    );
    const tables = await oracle.call<SreTables>(TABLES, { classes: CLASS_PATTERNS, bytesClasses: BYTES_CLASS_PATTERNS }, 600_000);
    writeJson(`${SRE_DIR}/goldens/tables.json`, tables);
  },
});
