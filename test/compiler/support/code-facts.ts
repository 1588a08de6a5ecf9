// Per-code-object facts in the shape CODE_FACTS (tools/gen/compiler-codegen.ts) collects from CPython.
import type { PyValue } from '../../../src/objects/object.ts';
import { PyCode } from '../../../src/objects/code.ts';
import { PyTuple } from '../../../src/objects/tuple.ts';
import { constRepr } from '../../../src/compiler/consts.ts';
import { PySetObject, setItems } from '../../../src/objects/set.ts';
import { disassemble } from '../../../src/bytecode/dis.ts';

export interface CodeFacts {
  qualname: string;
  name: string;
  firstlineno: number;
  flags: number;
  stacksize: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  nlocals: number;
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  names: string[];
  consts: string[];
  code: string;
  linetable: string;
  exceptiontable: string;
  dis: string;
}

/** repr() of a constant with code objects as <code QUALNAME> and frozensets sorted (hash order differs). */
export function constFactRepr(c: PyValue): string {
  if (c instanceof PyCode) return '<code ' + c.co_qualname + '>';
  if (c instanceof PySetObject) return 'frozenset({' + setItems(c).map(constFactRepr).sort().join(', ') + '})';
  if (c instanceof PyTuple) return '(' + c.items.map(constFactRepr).join(', ') + (c.items.length === 1 ? ',)' : ')');
  return constRepr(c);
}

const FSET = /frozenset\(\{([^{}]*)\}\)/g;

/** Frozenset reprs in dis output with sorted items (CPython's order depends on string hashes). */
export function normalizeDis(text: string): string {
  return text.replace(FSET, (_, items: string) => 'frozenset({' + items.split(', ').sort().join(', ') + '})');
}

function hex(b: Uint8Array): string {
  return Buffer.from(b).toString('hex');
}

export function codeFacts(co: PyCode, out: CodeFacts[] = []): CodeFacts[] {
  out.push({
    qualname: co.co_qualname,
    name: co.co_name,
    firstlineno: co.co_firstlineno,
    flags: co.co_flags,
    stacksize: co.co_stacksize,
    argcount: co.co_argcount,
    posonlyargcount: co.co_posonlyargcount,
    kwonlyargcount: co.co_kwonlyargcount,
    nlocals: co.co_nlocals,
    varnames: co.co_varnames.items as string[],
    cellvars: co.co_cellvars.items as string[],
    freevars: co.co_freevars.items as string[],
    names: co.co_names.items as string[],
    consts: co.co_consts.items.map(constFactRepr),
    code: hex(co.co_code.data),
    linetable: hex(co.co_linetable.data),
    exceptiontable: hex(co.co_exceptiontable.data),
    dis: normalizeDis(disassemble(co)),
  });
  for (const c of co.co_consts.items) if (c instanceof PyCode) codeFacts(c, out);
  return out;
}

/** The first differing lines of two texts, for failure messages. */
export function firstDiff(got: string, want: string, context = 3): string {
  const a = got.split('\n');
  const b = want.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - context);
  const show = (lines: string[]) => lines.slice(from, i + context).map((l, k) => `${from + k === i ? '>' : ' '} ${l}`).join('\n');
  return `line ${i + 1}\n--- ours\n${show(a)}\n--- CPython\n${show(b)}`;
}
