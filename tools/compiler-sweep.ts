// Measures the compiler over every .py file of the stdlib zip against CPython's answers
// (test/compiler/goldens/stdlib-code.json.gz): identical code objects per measure, N/M, and the
// misses grouped by family.
//   node tools/run.mjs tools/compiler-sweep.ts [--list MEASURE] [FILE...]
import { openStdlibZip } from '../src/runtime/stdlib-zip.ts';
import { parse } from '../src/parser/index.ts';
import { compileAst } from '../src/compiler/index.ts';
import { MEASURES, factRows, readStdlibGolden } from '../test/compiler/support/stdlib-facts.ts';

const args = process.argv.slice(2);
const listIdx = args.indexOf('--list');
const listMeasure = listIdx >= 0 ? args.splice(listIdx, 2)[1] : null;
const only = new Set(args);
const zip = openStdlibZip();
const golden = readStdlibGolden();
const counts = MEASURES.map(() => 0);
const misses: Map<string, string[]>[] = MEASURES.map(() => new Map());
let total = 0;
let identical = 0;
const fileErrors: string[] = [];
const t0 = Date.now();
for (const [name, error, rows] of golden) {
  if (only.size && !only.has(name)) continue;
  let ours;
  try {
    ours = factRows(compileAst(parse(zip.read(name)!, { filename: name }), name)).rows;
  } catch (e) {
    fileErrors.push(`${name}: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
    total += rows.length;
    continue;
  }
  if (error) continue;
  const byKey = new Map(ours.map((r) => [r[0], r]));
  for (const want of rows) {
    total++;
    const got = byKey.get(want[0]);
    let all = true;
    MEASURES.forEach((m, i) => {
      if (got && got[i + 1] === want[i + 1]) counts[i]++;
      else {
        all = false;
        const fam = got ? 'differs' : 'missing';
        const list = misses[i].get(fam) ?? [];
        list.push(`${name}:${want[0]}`);
        misses[i].set(fam, list);
      }
    });
    if (all) identical++;
  }
}
console.log(`code objects: ${total} in ${golden.length} files (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
MEASURES.forEach((m, i) => console.log(`${m.padEnd(16)} ${counts[i]}/${total} (${((100 * counts[i]) / total).toFixed(2)}%)`));
console.log(`all measures     ${identical}/${total}`);
if (fileErrors.length) console.log(`files failing to compile: ${fileErrors.length}\n  ` + fileErrors.slice(0, 20).join('\n  '));
if (listMeasure) {
  const i = MEASURES.indexOf(listMeasure as (typeof MEASURES)[number]);
  for (const [fam, l] of misses[i]) console.log(`${fam}: ${l.length}\n  ` + l.slice(0, 200).join('\n  '));
}
