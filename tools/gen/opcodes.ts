// The instruction set, from CPython 3.14.2's `opcode`, `_opcode`, `_opcode_metadata` and `dis` modules:
// names and numbers, argument kinds, inline caches, specializations, pseudo-instructions, the
// binary-operator and intrinsic tables. Writes tools/cpython/opcodes.json and
// src/bytecode/opcodes.generated.ts; also test/compiler/goldens/stack-effect.json (the
// `_opcode.stack_effect` answers that test/compiler/instructions.test.ts compares our formulas with).
import { registerGolden } from './registry.ts';
import { generatedHeader, readJson, writeJson } from './io.ts';

const DATA = 'tools/cpython/opcodes.json';
const OUT = 'src/bytecode/opcodes.generated.ts';
export const STACK_EFFECT_GOLDEN = 'test/compiler/goldens/stack-effect.json';

interface Data {
  opmap: Record<string, number>;
  specializedOpmap: Record<string, number>;
  specializations: Record<string, string[]>;
  HAVE_ARGUMENT: number;
  MIN_INSTRUMENTED_OPCODE: number;
  /** name -> [has_arg, has_const, has_name, has_jump, has_free, has_local, has_exc] for every opmap entry. */
  flags: Record<string, boolean[]>;
  cacheFormat: Record<string, Record<string, number>>;
  nbOps: [string, string][];
  intrinsic1: string[];
  intrinsic2: string[];
  specialMethodNames: string[];
  commonConstants: string[];
  cmpOp: string[];
  compilerFlagNames: [number, string][];
  functionAttrFlags: string[];
}

/** The opargs at which stack_effect is sampled for instructions that take an argument. */
const SAMPLES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 31, 32, 100, 255, 256, 257, 258, 259, 511, 513, 770, 1000, 65535, 65793];

export interface StackEffectGolden {
  samples: number[];
  /** [name, effects with jump=None, jump=True, jump=False]; each effect per sample (null: ValueError). */
  rows: [string, (number | null)[], (number | null)[], (number | null)[]][];
}

const QUERY = `
import opcode, _opcode, _opcode_metadata, dis, builtins
def main(samples):
    opmap = dict(opcode.opmap)
    flags = {}
    for name, op in list(opmap.items()) + list(opcode._specialized_opmap.items()):
        row = []
        for f in (_opcode.has_arg, _opcode.has_const, _opcode.has_name, _opcode.has_jump,
                  _opcode.has_free, _opcode.has_local, _opcode.has_exc):
            row.append(bool(f(op)))
        flags[name] = row
    def eff(op, arg, jump):
        try:
            return _opcode.stack_effect(op, arg, jump=jump) if arg is not None else _opcode.stack_effect(op, jump=jump)
        except ValueError:
            return None
    rows = []
    for name, op in sorted(opmap.items(), key=lambda p: p[1]):
        if op >= opcode.MIN_INSTRUMENTED_OPCODE and op < 256:
            continue
        args = samples if _opcode.has_arg(op) else [None]
        rows.append([name] + [[eff(op, a, j) for a in args] for j in (None, True, False)])
    data = {
        'opmap': opmap,
        'specializedOpmap': dict(opcode._specialized_opmap),
        'specializations': dict(opcode._specializations),
        'HAVE_ARGUMENT': opcode.HAVE_ARGUMENT,
        'MIN_INSTRUMENTED_OPCODE': opcode.MIN_INSTRUMENTED_OPCODE,
        'flags': flags,
        'cacheFormat': opcode._cache_format,
        'nbOps': [list(p) for p in opcode._nb_ops],
        'intrinsic1': list(opcode._intrinsic_1_descs),
        'intrinsic2': list(opcode._intrinsic_2_descs),
        'specialMethodNames': list(opcode._special_method_names),
        'commonConstants': [c.__name__ for c in opcode._common_constants],
        'cmpOp': list(opcode.cmp_op),
        'compilerFlagNames': sorted([k, v] for k, v in dis.COMPILER_FLAG_NAMES.items()),
        'functionAttrFlags': list(dis.FUNCTION_ATTR_FLAGS),
    }
    return [data, {'samples': samples, 'rows': rows}]
`;

function render(): Record<string, string> {
  const d = readJson<Data>(DATA);
  const all: [string, number][] = [...Object.entries(d.opmap), ...Object.entries(d.specializedOpmap)].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const maxReal = Math.max(...all.filter(([, v]) => v < 256).map(([, v]) => v));
  const maxAll = Math.max(...all.map(([, v]) => v));
  const out = [generatedHeader('tools/gen/opcodes.ts')];
  out.push('// The instruction set of CPython 3.14.2: every fact CPython can tell about it, as data.');
  out.push('// What pyts decides about each instruction (stack effects, handlers) is in instructions.ts.\n');
  out.push('/** Every instruction name: real, specialized, instrumented and pseudo. */');
  out.push('export type OpName =');
  for (const [n] of all) out.push(`  | '${n}'`);
  out.push(';\n');
  out.push('/** Opcode numbers, inlined by the bundler. Pseudo-instructions are numbered from 256. */');
  out.push('export const enum Op {');
  for (const [n, v] of all) out.push(`  ${n} = ${v},`);
  out.push('}\n');
  out.push('/** name -> opcode, for every name (opcode._all_opmap of dis, plus the pseudo-instructions). */');
  out.push('export const OPMAP: { readonly [K in OpName]: number } = {');
  for (const [n, v] of all) out.push(`  ${n}: ${v},`);
  out.push('};\n');
  const names: string[] = [];
  for (let i = 0; i <= maxAll; i++) names.push(`<${i}>`);
  for (const [n, v] of all) names[v] = n;
  out.push('/** opcode -> name (dis._all_opname; pseudo-instructions from 256), "<N>" for unused numbers. */');
  out.push(`export const OPNAME: readonly string[] = [\n${chunk(names.map((n) => `'${n}'`), 8)}\n];\n`);
  out.push(`export const HAVE_ARGUMENT = ${d.HAVE_ARGUMENT};`);
  out.push(`export const MIN_INSTRUMENTED_OPCODE = ${d.MIN_INSTRUMENTED_OPCODE};`);
  const spec = Object.values(d.specializedOpmap);
  out.push(`export const MIN_SPECIALIZED_OPCODE = ${Math.min(...spec)};`);
  out.push(`export const MAX_REAL_OPCODE = ${maxReal};`);
  out.push(`export const MIN_PSEUDO_OPCODE = 256;`);
  out.push(`export const MAX_OPCODE = ${maxAll};\n`);
  out.push('// Flag bits of OP_FLAGS (CPython: _opcode.has_arg, has_const, ... ; pycore_opcode_metadata.h HAS_*_FLAG).');
  const flagNames = ['HAS_ARG', 'HAS_CONST', 'HAS_NAME', 'HAS_JUMP', 'HAS_FREE', 'HAS_LOCAL', 'HAS_EXC'];
  flagNames.forEach((f, i) => out.push(`export const ${f} = ${1 << i};`));
  const flags = new Array<number>(maxAll + 1).fill(0);
  const deopt = new Map<string, string>();
  for (const [base, fam] of Object.entries(d.specializations)) for (const s of fam) deopt.set(s, base);
  // Each instruction's own flags, as _opcode.has_* give them: a specialized instruction may differ
  // from its base (BINARY_OP_ADD_FLOAT takes no oparg); code that reads an instruction's meaning
  // looks its base up first (DEOPT).
  for (const [n, v] of [...Object.entries(d.opmap), ...Object.entries(d.specializedOpmap)]) {
    flags[v] = d.flags[n].reduce((acc, b, i) => acc | (b ? 1 << i : 0), 0);
  }
  out.push('/** opcode -> flag bits, per instruction (a specialized one has its own, as in _opcode.has_*). */');
  out.push(`export const OP_FLAGS: Uint8Array = Uint8Array.from([\n${chunk(flags.map(String), 24)}\n]);\n`);
  out.push('/** Inline cache layout per instruction family: field -> size in code units.  (opcode._cache_format) */');
  out.push('export const CACHE_FORMAT: { readonly [name: string]: { readonly [field: string]: number } } = {');
  for (const [n, f] of Object.entries(d.cacheFormat)) out.push(`  ${n}: { ${Object.entries(f).map(([k, v]) => `${k}: ${v}`).join(', ')} },`);
  out.push('};\n');
  const caches = new Array<number>(maxAll + 1).fill(0);
  const cacheOf = (n: string) => Object.values(d.cacheFormat[n] ?? {}).reduce((a, b) => a + b, 0);
  for (const [n, v] of Object.entries(d.opmap)) caches[v] = cacheOf(n);
  for (const [n, v] of Object.entries(d.specializedOpmap)) caches[v] = cacheOf(deopt.get(n)!);
  out.push('/** opcode -> number of CACHE code units that follow it (a specialized opcode: those of its family). */');
  out.push(`export const INLINE_CACHE_ENTRIES: Uint8Array = Uint8Array.from([\n${chunk(caches.map(String), 24)}\n]);\n`);
  out.push('/** Specialization families: base instruction -> its specialized forms.  (opcode._specializations) */');
  out.push('export const SPECIALIZATIONS: { readonly [base: string]: readonly OpName[] } = {');
  for (const [b, fam] of Object.entries(d.specializations)) out.push(`  ${b}: [${fam.map((s) => `'${s}'`).join(', ')}],`);
  out.push('};\n');
  const deoptArr = Array.from({ length: maxAll + 1 }, (_, i) => i);
  for (const [n, v] of Object.entries(d.specializedOpmap)) deoptArr[v] = d.opmap[deopt.get(n)!];
  out.push('/** opcode -> the base opcode of its family (itself when not specialized).  (dis._deoptop) */');
  out.push(`export const DEOPT: Uint16Array = Uint16Array.from([\n${chunk(deoptArr.map(String), 24)}\n]);\n`);
  out.push('/** Pseudo-instructions: the compiler uses them; the assembler replaces them with real ones. */');
  out.push(`export const PSEUDO_OPS: readonly OpName[] = [${all.filter(([, v]) => v >= 256).map(([n]) => `'${n}'`).join(', ')}];\n`);
  out.push('/** BINARY_OP oparg -> [NB_ name, operator text].  (opcode._nb_ops) */');
  out.push(`export const NB_OPS: readonly (readonly [string, string])[] = [\n${d.nbOps.map(([a, b]) => `  ['${a}', ${JSON.stringify(b)}],`).join('\n')}\n];\n`);
  d.nbOps.forEach(([a], i) => out.push(`export const ${a} = ${i};`));
  out.push('');
  out.push('/** CALL_INTRINSIC_1 oparg -> name. */');
  out.push(`export const INTRINSIC_1: readonly string[] = [${d.intrinsic1.map((s) => `'${s}'`).join(', ')}];`);
  d.intrinsic1.forEach((a, i) => out.push(`export const ${a} = ${i};`));
  out.push('/** CALL_INTRINSIC_2 oparg -> name. */');
  out.push(`export const INTRINSIC_2: readonly string[] = [${d.intrinsic2.map((s) => `'${s}'`).join(', ')}];`);
  d.intrinsic2.forEach((a, i) => out.push(`export const ${a} = ${i};`));
  out.push('');
  out.push('/** LOAD_SPECIAL oparg -> method name. */');
  out.push(`export const SPECIAL_METHOD_NAMES: readonly string[] = [${d.specialMethodNames.map((s) => `'${s}'`).join(', ')}];`);
  out.push('/** LOAD_COMMON_CONSTANT oparg -> the builtin it loads (by name). */');
  out.push(`export const COMMON_CONSTANTS: readonly string[] = [${d.commonConstants.map((s) => `'${s}'`).join(', ')}];`);
  out.push('/** COMPARE_OP (oparg >> 5) -> operator text. */');
  out.push(`export const CMP_OP: readonly string[] = [${d.cmpOp.map((s) => JSON.stringify(s)).join(', ')}];`);
  out.push('/** co_flags bit -> name, as dis prints them.  (dis.COMPILER_FLAG_NAMES) */');
  out.push(`export const COMPILER_FLAG_NAMES: readonly (readonly [number, string])[] = [${d.compilerFlagNames.map(([k, v]) => `[${k}, '${v}']`).join(', ')}];`);
  out.push('/** SET_FUNCTION_ATTRIBUTE flag bit index -> attribute.  (dis.FUNCTION_ATTR_FLAGS) */');
  out.push(`export const FUNCTION_ATTR_FLAGS: readonly string[] = [${d.functionAttrFlags.map((s) => `'${s}'`).join(', ')}];`);
  return { [OUT]: out.join('\n') + '\n' };
}

function chunk(items: string[], n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < items.length; i += n) lines.push('  ' + items.slice(i, i + n).join(', ') + ',');
  return lines.join('\n');
}

registerGolden({
  name: 'opcodes',
  async query(oracle) {
    const [data, effects] = await oracle.call<[Data, StackEffectGolden]>(QUERY, SAMPLES);
    writeJson(DATA, data);
    writeJson(STACK_EFFECT_GOLDEN, effects);
  },
  render,
});
