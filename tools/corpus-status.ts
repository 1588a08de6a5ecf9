// The differential corpus at a glance: runs every test/programs/**.py in pyts (in-process, a fresh
// interpreter each) against its golden and prints the passing count and, for each failure, the first
// line that differs.   node tools/run.mjs tools/corpus-status.ts [FILTER...] [--save FILE] [--diff FILE]
//   --save FILE   writes the pass/fail map as JSON;  --diff FILE  lists what changed since that map.
//   --why         adds, for each failure, the last line pyts wrote to stderr (usually the exception).
import fs from 'node:fs';
import { listPrograms, type Golden } from '../test/support/programs.ts';
import { checkProgram } from '../test/support/run-program.ts';

const args = process.argv.slice(2);
let save: string | null = null;
let against: string | null = null;
let why = false;
const filters: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--save') save = args[++i]!;
  else if (args[i] === '--diff') against = args[++i]!;
  else if (args[i] === '--why') why = true;
  else filters.push(args[i]!);
}

function firstDifference(want: Golden, got: Golden): string {
  for (const stream of ['stdout', 'stderr'] as const) {
    if (want[stream] === got[stream]) continue;
    const a = want[stream].split('\n');
    const b = got[stream].split('\n');
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (a[i] !== b[i]) return `${stream}:${i + 1}: want ${JSON.stringify(a[i] ?? '<end>')} got ${JSON.stringify(b[i] ?? '<end>')}`;
    }
  }
  return `exit status: want ${want.status} got ${got.status}`;
}

const cases = listPrograms().filter((c) => filters.length === 0 || filters.some((f) => c.id.includes(f)));
const result: Record<string, boolean> = {};
let pass = 0;
for (const c of cases) {
  if (!fs.existsSync(c.goldenFile)) {
    console.log(`NO GOLDEN ${c.id}`);
    result[c.id] = false;
    continue;
  }
  const { golden, got, same: ok } = checkProgram(c);
  result[c.id] = ok;
  if (ok) pass++;
  else {
    console.log(`FAIL ${c.id}  ${firstDifference(golden, got).slice(0, 240)}`);
    if (why) console.log(`  why: ${got.stderr.trimEnd().split('\n').pop()!.slice(0, 200)}`);
  }
}
console.log(`\n${pass}/${cases.length} programs identical to CPython's output`);
if (save) fs.writeFileSync(save, JSON.stringify(result, null, 1) + '\n');
if (against) {
  const before = JSON.parse(fs.readFileSync(against, 'utf8')) as Record<string, boolean>;
  for (const [id, ok] of Object.entries(result)) {
    if (before[id] === true && !ok) console.log(`REGRESSED ${id}`);
    if (before[id] === false && ok) console.log(`FIXED ${id}`);
  }
}
