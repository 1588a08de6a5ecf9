// The _symtable module: the compiler's symbol table of some source, as `symtable entry` objects
// (what the symtable module wraps).  CPython: Modules/symtablemodule.c, Python/symtable.c (PySTEntry_Type)
import { PyObject, type PyValue } from '../objects/object.ts';
import { TPFLAGS, typeOf } from '../objects/type.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyDict } from '../objects/dict.ts';
import { PyList } from '../objects/list.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import { PyObject_Id } from '../objects/id.ts';
import { typeError, valueError } from '../objects/exceptions.ts';
import { symtableOfSource } from '../compiler/index.ts';
import * as ST from '../compiler/symtable.ts';
import { translateCompileError } from '../runtime/exec.ts';
import { sourceAsString, fsDecodedArg, parserWarning } from './builtins/exec.ts';

/** A block of the symbol table.  CPython: PySTEntryObject */
export class PySTEntry extends PyObject {
  readonly id: number;
  readonly children: PyList;
  constructor(
    readonly name: string,
    readonly type: number,
    readonly lineno: number,
    readonly nested: number,
    readonly symbols: PyDict,
    readonly varnames: PyList,
  ) {
    super();
    this.id = PyObject_Id(this) as number;
    this.children = new PyList([]);
  }
}

/** The Python objects of an entry and its children.  CPython: ste_new (the objects the compiler keeps) */
function entryObject(e: ST.SymtableEntry): PySTEntry {
  const symbols = new PyDict();
  for (const [name, flags] of e.symbols) symbols.setStr(name, flags);
  const o = new PySTEntry(e.name, e.type, e.loc.lineno, e.nested ? 1 : 0, symbols, new PyList([...e.varnames]));
  for (const c of e.children) o.children.items.push(entryObject(c));
  return o;
}

export const STEntryType = defineBuiltinType({
  name: 'symtable entry',
  doc: null,
  flags: TPFLAGS.DISALLOW_INSTANTIATION,
  instanceClass: PySTEntry,
  slots: {
    // CPython: ste_repr
    tp_repr: (v: PyValue) => {
      const s = v as PySTEntry;
      return `<symtable entry ${s.name}(${s.id}), line ${s.lineno}>`;
    },
  },
  members: {
    id: { get: (s: PySTEntry) => s.id },
    name: { get: (s: PySTEntry) => s.name },
    symbols: { get: (s: PySTEntry) => s.symbols },
    varnames: { get: (s: PySTEntry) => s.varnames },
    children: { get: (s: PySTEntry) => s.children },
    nested: { get: (s: PySTEntry) => s.nested },
    type: { get: (s: PySTEntry) => s.type },
    lineno: { get: (s: PySTEntry) => s.lineno },
  },
});

/** Clinic's `str` converter for argument 3.  CPython: _symtable_symtable (generated) */
function startArg(v: PyValue): string {
  if (!isStrValue(v)) throw typeError(`symtable() argument 3 must be str, not ${typeOf(v).tp_name}`);
  const s = strValue(v);
  if (s.includes('\0')) throw valueError('embedded null character');
  return s;
}

// CPython: _symtable_symtable_impl
function symtable(_m: PyValue, source: PyValue, filename: PyValue, startstr: PyValue): PyValue {
  const { text } = sourceAsString(source, 'symtable', 'string or bytes');
  const fname = fsDecodedArg(filename);
  const start = startArg(startstr);
  if (start !== 'exec' && start !== 'eval' && start !== 'single') {
    throw valueError("symtable() arg 3 must be 'exec' or 'eval' or 'single'");
  }
  let st: ST.Symtable;
  try {
    st = symtableOfSource(text, fname, start, parserWarning);
  } catch (e) {
    throw translateCompileError(e, text);
  }
  return entryObject(st.top);
}

export const symtableModule = defineModule({
  name: '_symtable',
  functions: {
    symtable: { sig: '($module, source, filename, startstr, /)', impl: symtable, doc: 'Return symbol and scope dictionaries used internally by compiler.' },
  },
  constants: () => ({
    USE: ST.USE,
    DEF_GLOBAL: ST.DEF_GLOBAL,
    DEF_NONLOCAL: ST.DEF_NONLOCAL,
    DEF_LOCAL: ST.DEF_LOCAL,
    DEF_PARAM: ST.DEF_PARAM,
    DEF_TYPE_PARAM: ST.DEF_TYPE_PARAM,
    DEF_FREE_CLASS: ST.DEF_FREE_CLASS,
    DEF_IMPORT: ST.DEF_IMPORT,
    DEF_BOUND: ST.DEF_BOUND,
    DEF_ANNOT: ST.DEF_ANNOT,
    DEF_COMP_ITER: ST.DEF_COMP_ITER,
    DEF_COMP_CELL: ST.DEF_COMP_CELL,
    TYPE_FUNCTION: ST.BlockType.Function,
    TYPE_CLASS: ST.BlockType.Class,
    TYPE_MODULE: ST.BlockType.Module,
    TYPE_ANNOTATION: ST.BlockType.Annotation,
    TYPE_TYPE_ALIAS: ST.BlockType.TypeAlias,
    TYPE_TYPE_PARAMETERS: ST.BlockType.TypeParameters,
    TYPE_TYPE_VARIABLE: ST.BlockType.TypeVariable,
    LOCAL: ST.LOCAL,
    GLOBAL_EXPLICIT: ST.GLOBAL_EXPLICIT,
    GLOBAL_IMPLICIT: ST.GLOBAL_IMPLICIT,
    FREE: ST.FREE,
    CELL: ST.CELL,
    SCOPE_OFF: ST.SCOPE_OFFSET,
    SCOPE_MASK: ST.SCOPE_MASK,
  }),
});
