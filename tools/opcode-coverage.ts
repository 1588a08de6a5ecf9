// Opcode coverage of the differential corpus: compiles every test/programs/**.py with pyts's compiler,
// walks the code objects recursively (co_consts) and reports which instructions appear, against the set
// the compiler can emit (the `Op.X` emit sites under src/compiler/, kept to real, non-specialized,
// non-pseudo opcodes of src/bytecode/opcodes.generated.ts).
//   node tools/run.mjs tools/opcode-coverage.ts              summary and the missing opcodes
//   node tools/run.mjs tools/opcode-coverage.ts --counts     also how many programs use each opcode
//   node tools/run.mjs tools/opcode-coverage.ts --where OP   the programs that contain OP
// Run in a statistics build (PYTS_STATS=1 node tools/run.mjs tools/opcode-coverage.ts), the programs
// are also run and the opcodes executed (specialized forms counted as their base instruction) reported.
import fs from 'node:fs';
import path from 'node:path';
import { compile } from '../src/compiler/index.ts';
import { PyCode } from '../src/objects/code.ts';
import {
  DEOPT,
  INLINE_CACHE_ENTRIES,
  MIN_INSTRUMENTED_OPCODE,
  OPMAP,
  OPNAME,
  PSEUDO_OPS,
} from '../src/bytecode/opcodes.generated.ts';
import * as evalBreaker from '../src/vm/eval-breaker.ts';
import { listPrograms, stdinOf } from '../test/support/programs.ts';
import { runProgram } from '../test/support/run-program.ts';

const args = process.argv.slice(2);
const showCounts = args.includes('--counts');
const whereIdx = args.indexOf('--where');
const where = whereIdx >= 0 ? args[whereIdx + 1] : null;

/** Real, non-specialized, non-instrumented opcodes of the instruction table (CACHE and RESERVED aside). */
function baseOpcodes(): Set<string> {
  const pseudo = new Set<string>(PSEUDO_OPS);
  const out = new Set<string>();
  for (const [name, num] of Object.entries(OPMAP)) {
    if (pseudo.has(name) || num >= MIN_INSTRUMENTED_OPCODE || num > 255) continue;
    if (DEOPT[num] !== num) continue;
    if (name === 'CACHE' || name === 'RESERVED') continue;
    out.add(name);
  }
  return out;
}

/** Opcodes named at an emit site of the compiler (`Op.NAME` in src/compiler/**.ts). */
function compilerEmitSites(base: Set<string>): Set<string> {
  const out = new Set<string>();
  const dir = path.join('src', 'compiler');
  for (const f of fs.readdirSync(dir, { recursive: true }).map(String)) {
    if (!f.endsWith('.ts')) continue;
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const m of text.matchAll(/\bOp\.([A-Z_0-9]+)\b/g)) if (base.has(m[1])) out.add(m[1]);
  }
  return out;
}

/** Every opcode in a code object and the code objects nested in its constants. */
function collect(code: PyCode, into: Set<string>): void {
  const bytes = code.co_code.data;
  for (let i = 0; i < bytes.length; ) {
    const op = bytes[i];
    into.add(OPNAME[DEOPT[op]]);
    i += 2 * (1 + INLINE_CACHE_ENTRIES[op]);
  }
  for (const c of code.co_consts.items) if (c instanceof PyCode) collect(c, into);
}

const base = baseOpcodes();
const emittable = compilerEmitSites(base);
const programs = listPrograms();
const usedBy = new Map<string, string[]>();
const compileErrors: string[] = [];
for (const p of programs) {
  const source = fs.readFileSync(p.file);
  let code: PyCode;
  try {
    const r = compile(source, p.virtualPath, 'exec');
    if (r.kind !== 'code') continue;
    code = r.code;
  } catch (e) {
    compileErrors.push(`${p.id}: ${(e as Error).message.split('\n')[0]}`);
    continue;
  }
  const ops = new Set<string>();
  collect(code, ops);
  for (const op of ops) {
    const l = usedBy.get(op) ?? [];
    l.push(p.id);
    usedBy.set(op, l);
  }
}

const emitted = [...emittable].filter((op) => usedBy.has(op));
const missing = [...emittable].filter((op) => !usedBy.has(op)).sort();
const outsideCompiler = [...usedBy.keys()].filter((op) => !emittable.has(op)).sort();
const neverEmittable = [...base].filter((op) => !emittable.has(op)).sort();

console.log(`programs: ${programs.length} (compile errors: ${compileErrors.length})`);
console.log(`instruction table: ${base.size} real non-specialized opcodes; the compiler emits ${emittable.size} of them`);
console.log(`emitted by the corpus: ${emitted.length}/${emittable.size} (${((100 * emitted.length) / emittable.size).toFixed(1)}%)`);
console.log(`missing (${missing.length}): ${missing.join(' ') || '-'}`);
if (outsideCompiler.length) console.log(`in the corpus but not at a compiler emit site: ${outsideCompiler.join(' ')}`);
console.log(`not emitted by the compiler (${neverEmittable.length}): ${neverEmittable.join(' ')}`);
if (compileErrors.length) console.log(`compile errors:\n  ${compileErrors.join('\n  ')}`);
if (showCounts) {
  for (const op of [...emittable].sort()) console.log(`${op.padEnd(36)} ${usedBy.get(op)?.length ?? 0}`);
}
if (where) console.log(`${where}: ${(usedBy.get(where) ?? []).join(' ') || '-'}`);

// Executed opcodes: statistics builds count every fetched instruction (src/vm/eval-breaker.ts).
const counts = evalBreaker.opcodeCounts;
if (globalThis.PYTS_STATS) {
  for (const p of programs) {
    const source = fs.readFileSync(p.file);
    try {
      runProgram(p.virtualPath, source, stdinOf(source.toString('utf8')));
    } catch (e) {
      // A program that crashes the runtime still counts what it executed.
      if (process.env.DEBUG_COVERAGE) console.error(p.id, e);
    }
  }
  const run = new Set<string>();
  for (let op = 0; op < 256; op++) if (counts[op]! > 0 && OPNAME[op] !== undefined) run.add(OPNAME[DEOPT[op]!]!);
  const executed = [...emittable].filter((op) => run.has(op));
  const notRun = [...emittable].filter((op) => !run.has(op)).sort();
  console.log(`executed by pyts over the corpus: ${executed.length}/${emittable.size}`);
  console.log(`emitted but never executed: ${notRun.join(' ') || '-'}`);
} else {
  console.log('executed: not measured (run it in a statistics build: PYTS_STATS=1)');
}
