// Struct sequences: tuples whose items also have names (sys.version_info, os.stat_result,
// time.struct_time).  CPython: Objects/structseq.c
//
// The first `nSequence` fields are the tuple's items; the others are reachable only by name. Types are
// declared at module top level with defineStructSeqType and readied with the other builtin types.
import { None, PyObject, type PyValue } from './object.ts';
import { PyType, TPFLAGS, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { PyTuple, TupleType } from './tuple.ts';
import { PyDict } from './dict.ts';
import { PyObject_Repr, iterableToArray } from './abstract.ts';
import { typeError, attributeError } from './exceptions.ts';
import { isStrValue, strValue } from './boxes.ts';
import { enterRepr, leaveRepr } from './repr-guard.ts';

export class PyStructSeq extends PyTuple {
  constructor(
    items: readonly PyValue[],
    /** The fields after the visible ones (None when not given). */
    readonly hidden: readonly PyValue[],
  ) {
    super(items);
  }
}

export interface StructSeqSpec {
  /** 'module.name' */
  readonly name: string;
  readonly doc?: string;
  /** Field names, in order; the first `nSequence` are the tuple's items. null: an unnamed field
   * (os.stat_result's integer times), only among the tuple's items. */
  readonly fields: readonly (string | null)[];
  /** Defaults to every field. */
  readonly nSequence?: number;
  /** Whether Python code may call the type (os.stat_result can, sys.version_info cannot). */
  readonly constructible?: boolean;
}

interface StructSeqInfo {
  readonly fields: readonly (string | null)[];
  /** The named fields, in order (what the repr labels the items with). */
  readonly named: readonly string[];
  readonly nSequence: number;
  readonly make: (items: readonly PyValue[], hidden: readonly PyValue[]) => PyStructSeq;
}

const INFO = new WeakMap<PyType, StructSeqInfo>();

function infoOf(t: PyType): StructSeqInfo {
  return INFO.get(t)!;
}

function fieldOf(obj: PyStructSeq, i: number, nSequence: number): PyValue {
  return i < nSequence ? obj.items[i] : obj.hidden[i - nSequence];
}

/** structseq(sequence, dict=None).  CPython: structseq_new_impl */
function structseqNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  let seq: PyValue | undefined = nargs > 0 ? args[0] : undefined;
  let dict: PyValue | undefined = nargs > 1 ? args[1] : undefined;
  if (nargs > 2) throw typeError(`structseq() takes at most 2 arguments (${nargs + nkw} given)`);
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    const v = args[nargs + i];
    if (k === 'sequence' && seq === undefined) seq = v;
    else if (k === 'dict' && dict === undefined) dict = v;
    else if (k === 'sequence' || k === 'dict') throw typeError(`argument for structseq() given by name ('${k}') and position (${k === 'sequence' ? 1 : 2})`);
    else throw typeError(`structseq() got an unexpected keyword argument '${k}'`);
  }
  if (seq === undefined) throw typeError("structseq() missing required argument 'sequence' (pos 1)");
  return structseqFromSequence(type, seq, dict === None ? undefined : dict);
}

export function structseqFromSequence(type: PyType, seq: PyValue, dict?: PyValue): PyStructSeq {
  const info = infoOf(type);
  let items: PyValue[];
  try {
    items = iterableToArray(seq);
  } catch (e) {
    if (e instanceof PyObject && typeOf(seq).tp_iter === null && typeOf(seq).sq_item === null) throw typeError('constructor requires a sequence');
    throw e;
  }
  if (dict !== undefined && !(dict instanceof PyDict)) throw typeError(`${type.tp_name}() takes a dict as second arg, if any`);
  const min = info.nSequence;
  const max = info.fields.length;
  const len = items.length;
  if (min !== max) {
    if (len < min) throw typeError(`${type.tp_name}() takes an at least ${min}-sequence (${len}-sequence given)`);
    if (len > max) throw typeError(`${type.tp_name}() takes an at most ${max}-sequence (${len}-sequence given)`);
  } else if (len !== min) throw typeError(`${type.tp_name}() takes a ${min}-sequence (${len}-sequence given)`);
  const hidden: PyValue[] = [];
  for (let i = min; i < len; i++) hidden.push(items[i]);
  let found = 0;
  for (let i = Math.max(len, min); i < max; i++) {
    const v = dict !== undefined ? dict.getStr(info.fields[i]!) : undefined;
    if (v !== undefined) found++;
    hidden.push(v ?? None);
  }
  if (dict !== undefined && dict.size > found) throw typeError(`${type.tp_name}() got duplicate or unexpected field name(s)`);
  return info.make(items.slice(0, min), hidden);
}

function structseqRepr(self: PyValue): string {
  const s = self as PyStructSeq;
  const type = typeOf(s);
  const info = infoOf(type);
  if (!enterRepr(self)) return `${type.tp_name}(...)`;
  try {
    const parts: string[] = [];
    // As CPython, the i-th item is labelled with the i-th *named* field (os.stat_result shows its
    // integer times under the names of the float ones).
    for (let i = 0; i < s.items.length; i++) parts.push(`${info.named[i]}=${PyObject_Repr(s.items[i])}`);
    return `${type.tp_name}(${parts.join(', ')})`;
  } finally {
    leaveRepr(self);
  }
}

function structseqReduce(self: PyStructSeq): PyValue {
  const info = infoOf(typeOf(self));
  const d = new PyDict();
  for (let i = info.nSequence; i < info.fields.length; i++) d.setStr(info.fields[i]!, self.hidden[i - info.nSequence]);
  return new PyTuple([typeOf(self), new PyTuple([new PyTuple(self.items), d])]);
}

function structseqReplace(self: PyStructSeq, kwargs: PyDict | null): PyValue {
  const type = typeOf(self);
  const info = infoOf(type);
  if (info.named.length !== info.fields.length) throw typeError(`__replace__() is not supported for ${type.tp_name} because it has unnamed field(s)`);
  const values: PyValue[] = [];
  for (let i = 0; i < info.fields.length; i++) values.push(fieldOf(self, i, info.nSequence));
  if (kwargs !== null) {
    const left = new Map<string, PyValue>();
    for (let i = kwargs.next(0); i >= 0; i = kwargs.next(i + 1)) {
      const k = kwargs.keys[i];
      left.set(isStrValue(k) ? strValue(k) : PyObject_Repr(k), kwargs.values[i]);
    }
    for (let i = 0; i < info.fields.length; i++) {
      const v = left.get(info.fields[i]!);
      if (v !== undefined) {
        values[i] = v;
        left.delete(info.fields[i]!);
      }
    }
    if (left.size > 0) throw typeError(`Got unexpected field name(s): dict_keys([${[...left.keys()].map((k) => PyObject_Repr(k)).join(', ')}])`);
  }
  return info.make(values.slice(0, info.nSequence), values.slice(info.nSequence));
}

function readonlyField(): never {
  throw attributeError('readonly attribute');
}

/** Declares a struct sequence type (at module top level).  CPython: PyStructSequence_InitType2 */
export function defineStructSeqType(spec: StructSeqSpec): PyType & { make(values: readonly PyValue[]): PyStructSeq } {
  const nSequence = spec.nSequence ?? spec.fields.length;
  const Instance = class extends PyStructSeq {};
  const getset: Record<string, { get: (s: PyStructSeq) => PyValue; set: () => never; doc?: string }> = {};
  const named: string[] = [];
  spec.fields.forEach((name, i) => {
    if (name === null) return;
    named.push(name);
    // CPython's fields are read-only members: assigning says "readonly attribute".
    getset[name] = { get: (s: PyStructSeq) => fieldOf(s, i, nSequence), set: readonlyField };
  });
  const type = defineBuiltinType({
    name: spec.name,
    doc: spec.doc ?? null,
    base: () => TupleType,
    instanceClass: Instance,
    flags: spec.constructible === false ? TPFLAGS.DISALLOW_INSTANTIATION : 0,
    slots: { tp_repr: structseqRepr, tp_new: spec.constructible === false ? null : structseqNew },
    methods: {
      __reduce__: { sig: '($self, /)', impl: structseqReduce },
      __replace__: { sig: '($self, /, **changes)', impl: structseqReplace },
    },
    getset,
    attrs: () => ({
      n_sequence_fields: nSequence,
      n_fields: spec.fields.length,
      n_unnamed_fields: spec.fields.length - named.length,
      __match_args__: new PyTuple(spec.fields.slice(0, nSequence).filter((f) => f !== null)),
    }),
  }) as PyType & { make(values: readonly PyValue[]): PyStructSeq };
  const make = (items: readonly PyValue[], hidden: readonly PyValue[]): PyStructSeq => new Instance(items, hidden);
  INFO.set(type, { fields: spec.fields, named, nSequence, make });
  type.make = (values: readonly PyValue[]): PyStructSeq => {
    const hidden: PyValue[] = [];
    for (let i = nSequence; i < spec.fields.length; i++) hidden.push(i < values.length ? values[i] : None);
    return new Instance(values.slice(0, nSequence), hidden);
  };
  return type;
}
