// re.Pattern (a compiled regular expression) and _sre.SRE_Scanner: matching, searching, findall,
// finditer, split, sub and subn over a subject.  CPython: Modules/_sre/sre.c pattern_*, _sre_SRE_Pattern_*,
// pattern_subx, scanner_*
import { None, NotImplemented, type PyValue } from '../../objects/object.ts';
import { CompareOp, TPFLAGS, typeOf } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyList } from '../../objects/list.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyStrBox, isStrValue } from '../../objects/boxes.ts';
import { PyDictProxy_New } from '../../objects/mappingproxy.ts';
import { PyNumber_Index, PyObject_CallOneArg, PyObject_GetAttr, PyObject_Hash, PyObject_Repr, PyObject_RichCompareBool } from '../../objects/abstract.ts';
import { attributeError, overflowError, typeError, valueError } from '../../objects/exceptions.ts';
import { genericAliasClassMethod } from '../../objects/genericalias.ts';
import { PyCallIter } from '../../objects/iterobject.ts';
import { getBuffer } from '../../objects/bytes/buffer.ts';
import { bytesHashParts, hashHi, hashToInt } from '../../objects/hash.ts';
import { cpSlice } from '../../objects/str/codepoints.ts';
import * as C from './constants.ts';
import { SreState, sreMatch, sreSearch } from './engine.ts';
import { PyMatch, PyPattern, PyScanner, PyTemplate } from './objects.ts';
import { type Subject, getSubject, subjectSlice } from './subject.ts';
import { newMatch, matchGroupByIndex } from './match.ts';
import { compileTemplate, expandTemplate, joinPieces } from './template.ts';

const SSIZE_MAX = 2n ** 63n - 1n;

/** A Py_ssize_t argument (Argument Clinic's converter). */
export function ssizeArg(v: PyValue): number {
  const i = PyNumber_Index(v);
  if (typeof i === 'number') return i;
  if (i > SSIZE_MAX || i < -SSIZE_MAX - 1n) throw overflowError('Python int too large to convert to C ssize_t');
  return i < 0n ? Number.MIN_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

function P(v: PyValue): PyPattern {
  return v as PyPattern;
}

/** A match state over `string` from pos to endpos (clamped).  CPython: state_init */
function stateInit(self: PyPattern, string: PyValue, pos: number, endpos: number): [SreState, Subject] {
  const subject = getSubject(string);
  if (subject.isBytes && self.isbytes === 0) throw typeError('cannot use a string pattern on a bytes-like object');
  if (!subject.isBytes && self.isbytes > 0) throw typeError('cannot use a bytes pattern on a string-like object');
  const length = subject.length;
  const start = pos < 0 ? 0 : pos > length ? length : pos;
  const end = endpos < 0 ? 0 : endpos > length ? length : endpos;
  return [new SreState(self.code, subject.text, self.groups, start, end), subject];
}

function optPos(v: PyValue | undefined): number {
  return v === undefined ? 0 : ssizeArg(v);
}

function optEndpos(v: PyValue | undefined): number {
  return v === undefined ? Number.MAX_SAFE_INTEGER : ssizeArg(v);
}

// ---- match, fullmatch, search ----

function patternMatchImpl(self: PyPattern, string: PyValue, pos: PyValue | undefined, endpos: PyValue | undefined, mode: number): PyValue {
  const [state, subject] = stateInit(self, string, optPos(pos), optEndpos(endpos));
  try {
    let status: number;
    if (mode === 2) {
      status = sreSearch(state, 0);
    } else {
      state.ptr = state.start;
      state.matchAll = mode === 1;
      status = sreMatch(state, 0, 1);
    }
    return status ? newMatch(self, state, string, subject) : None;
  } finally {
    state.release();
  }
}

function patternMatch(self: PyValue, string: PyValue, pos?: PyValue, endpos?: PyValue): PyValue {
  return patternMatchImpl(P(self), string, pos, endpos, 0);
}

function patternFullmatch(self: PyValue, string: PyValue, pos?: PyValue, endpos?: PyValue): PyValue {
  return patternMatchImpl(P(self), string, pos, endpos, 1);
}

function patternSearch(self: PyValue, string: PyValue, pos?: PyValue, endpos?: PyValue): PyValue {
  return patternMatchImpl(P(self), string, pos, endpos, 2);
}

/** Group `index` of the current match of a state, or `empty` ('' or b'') / None.  CPython: state_getslice */
function stateGroup(state: SreState, subject: Subject, string: PyValue, index: number, empty: boolean): PyValue {
  const k = (index - 1) * 2;
  let i: number;
  let j: number;
  if (k >= state.lastmark || state.mark[k] < 0 || state.mark[k + 1] < 0) {
    if (!empty) return None;
    i = j = 0;
  } else {
    i = state.mark[k];
    j = state.mark[k + 1];
  }
  return subjectSlice(subject, string, i, j);
}

// ---- findall, finditer, scanner, split ----

function patternFindall(self: PyValue, string: PyValue, pos?: PyValue, endpos?: PyValue): PyValue {
  const p = P(self);
  const [state, subject] = stateInit(p, string, optPos(pos), optEndpos(endpos));
  const out: PyValue[] = [];
  try {
    while (state.start <= state.end) {
      state.reset();
      state.ptr = state.start;
      if (!sreSearch(state, 0)) break;
      // no match objects: just the strings
      switch (p.groups) {
        case 0:
          out.push(subjectSlice(subject, string, state.start, state.ptr));
          break;
        case 1:
          out.push(stateGroup(state, subject, string, 1, true));
          break;
        default: {
          const items: PyValue[] = [];
          for (let i = 0; i < p.groups; i++) items.push(stateGroup(state, subject, string, i + 1, true));
          out.push(new PyTuple(items));
        }
      }
      state.mustAdvance = state.ptr === state.start;
      state.start = state.ptr;
    }
  } finally {
    state.release();
  }
  return new PyList(out);
}

function newScanner(p: PyPattern, string: PyValue, pos: PyValue | undefined, endpos: PyValue | undefined): PyScanner {
  const [state, subject] = stateInit(p, string, optPos(pos), optEndpos(endpos));
  state.release();
  return new PyScanner(p, string, subject, state);
}

function patternScanner(self: PyValue, string: PyValue, pos?: PyValue, endpos?: PyValue): PyValue {
  return newScanner(P(self), string, pos, endpos);
}

function patternFinditer(self: PyValue, string: PyValue, pos?: PyValue, endpos?: PyValue): PyValue {
  const scanner = newScanner(P(self), string, pos, endpos);
  return new PyCallIter(PyObject_GetAttr(scanner, 'search'), None);
}

function patternSplit(self: PyValue, string: PyValue, maxsplitArg: PyValue): PyValue {
  const p = P(self);
  const maxsplit = ssizeArg(maxsplitArg);
  const [state, subject] = stateInit(p, string, 0, Number.MAX_SAFE_INTEGER);
  const out: PyValue[] = [];
  try {
    let n = 0;
    let last = state.start;
    while (!maxsplit || n < maxsplit) {
      state.reset();
      state.ptr = state.start;
      if (!sreSearch(state, 0)) break;
      // the piece before this match, then the groups
      out.push(subjectSlice(subject, string, last, state.start));
      for (let i = 0; i < p.groups; i++) out.push(stateGroup(state, subject, string, i + 1, false));
      n++;
      state.mustAdvance = state.ptr === state.start;
      last = state.start = state.ptr;
    }
    // the piece after the last match, even if empty
    out.push(subjectSlice(subject, string, last, state.endpos));
  } finally {
    state.release();
  }
  return new PyList(out);
}

// ---- sub, subn ----

const LITERAL = 0;
const TEMPLATE = 1;
const CALLABLE = 2;

/** CPython: pattern_subx */
function patternSubx(p: PyPattern, repl: PyValue, string: PyValue, countArg: PyValue, subn: boolean): PyValue {
  const count = ssizeArg(countArg);
  let filter: PyValue;
  let filterType: number;
  if (typeOf(repl).tp_call !== null) {
    filter = repl;
    filterType = CALLABLE;
  } else {
    // A str or bytes-like replacement without backslashes is used as it is.
    let literal = false;
    if (isStrValue(repl)) literal = !(typeof repl === 'string' ? repl : (repl as PyStrBox).value).includes('\\');
    else {
      const b = getBuffer(repl);
      if (b !== null) literal = !b.includes(0x5c);
    }
    if (literal) {
      filter = repl;
      filterType = LITERAL;
    } else {
      const t = compileTemplate(p, repl);
      if (t.items.length === 0) {
        filter = t.literal;
        filterType = LITERAL;
      } else {
        filter = t;
        filterType = TEMPLATE;
      }
    }
  }

  const [state, subject] = stateInit(p, string, 0, Number.MAX_SAFE_INTEGER);
  const out: PyValue[] = [];
  let n = 0;
  try {
    let i = 0;
    while (!count || n < count) {
      state.reset();
      state.ptr = state.start;
      if (!sreSearch(state, 0)) break;
      const b = state.start;
      const e = state.ptr;
      if (i < b) out.push(subjectSlice(subject, string, i, b));
      let item: PyValue;
      if (filterType !== LITERAL) {
        const match = newMatch(p, state, string, subject);
        // The callable may match again: give the stacks back meanwhile.
        state.release();
        item = filterType === TEMPLATE ? expandTemplate(filter as PyTemplate, match) : PyObject_CallOneArg(filter, match);
        state.acquire();
      } else {
        item = filter;
      }
      if (item !== None) out.push(item);
      i = e;
      n++;
      state.mustAdvance = state.ptr === state.start;
      state.start = state.ptr;
    }
    if (i < state.endpos) out.push(subjectSlice(subject, string, i, state.endpos));
  } finally {
    state.release();
  }
  const result = out.length === 0 ? subjectSlice(subject, string, 0, 0) : joinPieces(!subject.isBytes, out);
  return subn ? new PyTuple([result, n]) : result;
}

function patternSub(self: PyValue, repl: PyValue, string: PyValue, count: PyValue): PyValue {
  return patternSubx(P(self), repl, string, count, false);
}

function patternSubn(self: PyValue, repl: PyValue, string: PyValue, count: PyValue): PyValue {
  return patternSubx(P(self), repl, string, count, true);
}

// ---- repr, hash, comparison, attributes ----

const FLAG_NAMES: readonly [string, number][] = [
  ['re.IGNORECASE', C.FLAG_IGNORECASE],
  ['re.LOCALE', C.FLAG_LOCALE],
  ['re.MULTILINE', C.FLAG_MULTILINE],
  ['re.DOTALL', C.FLAG_DOTALL],
  ['re.UNICODE', C.FLAG_UNICODE],
  ['re.VERBOSE', C.FLAG_VERBOSE],
  ['re.DEBUG', C.FLAG_DEBUG],
  ['re.ASCII', C.FLAG_ASCII],
];

function patternRepr(self: PyValue): string {
  const p = P(self);
  let flags = p.flags;
  // re.UNICODE is the default for str patterns: not shown.
  if (p.isbytes === 0 && (flags & (C.FLAG_LOCALE | C.FLAG_UNICODE | C.FLAG_ASCII)) === C.FLAG_UNICODE) flags &= ~C.FLAG_UNICODE;
  const names: string[] = [];
  for (const [name, value] of FLAG_NAMES) {
    if (flags & value) {
      names.push(name);
      flags &= ~value;
    }
  }
  if (flags) names.push('0x' + (flags >>> 0).toString(16));
  const r = cpSlice(PyObject_Repr(p.pattern), 0, 200);
  return names.length ? `re.compile(${r}, ${names.join('|')})` : `re.compile(${r})`;
}

const U64 = (1n << 64n) - 1n;

function patternHash(self: PyValue): PyValue {
  const p = P(self);
  let h = BigInt(PyObject_Hash(p.pattern));
  const bytes = new Uint8Array(p.code.buffer, p.code.byteOffset, p.code.byteLength);
  const lo = bytesHashParts(bytes);
  h ^= BigInt(hashToInt(lo, hashHi));
  h ^= BigInt(p.flags);
  h ^= BigInt(p.isbytes);
  h ^= BigInt(p.code.length);
  h = BigInt.asIntN(64, h & U64);
  if (h === -1n) h = -2n;
  return h >= -(2n ** 53n) && h <= 2n ** 53n ? Number(h) : h;
}

function patternRichcompare(self: PyValue, other: PyValue, op: CompareOp): PyValue {
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return NotImplemented;
  if (!(other instanceof PyPattern) || typeOf(other) !== PatternType) return NotImplemented;
  const a = P(self);
  if (a === other) return op === CompareOp.EQ;
  let eq = a.flags === other.flags && a.isbytes === other.isbytes && a.code.length === other.code.length;
  if (eq) {
    // The code too: with re.LOCALE the same source can compile differently.
    for (let i = 0; i < a.code.length; i++) {
      if (a.code[i] !== other.code[i]) {
        eq = false;
        break;
      }
    }
  }
  if (eq) eq = PyObject_RichCompareBool(a.pattern, other.pattern, CompareOp.EQ);
  return op === CompareOp.EQ ? eq : !eq;
}

function patternGroupindex(self: PyValue): PyValue {
  const p = P(self);
  return p.groupindex === null ? new PyDict() : PyDictProxy_New(p.groupindex);
}

function readonly(): never {
  throw attributeError('readonly attribute');
}

function returnSelf(self: PyValue): PyValue {
  return self;
}

// Differs from CPython: re.Pattern, re.Match and _sre.SRE_Scanner are static types here; CPython makes
// them heap types of the module, so copyreg's __reduce__ (protocol < 2) reduces them with object's.
export const PatternType = defineBuiltinType({
  name: 're.Pattern',
  doc: 'Compiled regular expression object.',
  flags: TPFLAGS.DISALLOW_INSTANTIATION | TPFLAGS.HAVE_GC,
  instanceClass: PyPattern,
  weakrefable: true,
  slots: { tp_repr: patternRepr, tp_hash: patternHash as (v: PyValue) => number, tp_richcompare: patternRichcompare },
  methods: {
    match: {
      sig: '($self, /, string, pos=0, endpos=sys.maxsize)',
      impl: patternMatch,
      doc: 'Matches zero or more characters at the beginning of the string.',
    },
    fullmatch: { sig: '($self, /, string, pos=0, endpos=sys.maxsize)', impl: patternFullmatch, doc: 'Matches against all of the string.' },
    search: {
      sig: '($self, /, string, pos=0, endpos=sys.maxsize)',
      impl: patternSearch,
      doc: 'Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches.',
    },
    sub: {
      sig: '($self, /, repl, string, count=0)',
      impl: patternSub,
      doc: 'Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl.',
    },
    subn: {
      sig: '($self, /, repl, string, count=0)',
      impl: patternSubn,
      doc: 'Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl.',
    },
    findall: {
      sig: '($self, /, string, pos=0, endpos=sys.maxsize)',
      impl: patternFindall,
      doc: 'Return a list of all non-overlapping matches of pattern in string.',
    },
    split: { sig: '($self, /, string, maxsplit=0)', impl: patternSplit, doc: 'Split string by the occurrences of pattern.' },
    finditer: {
      sig: '($self, /, string, pos=0, endpos=sys.maxsize)',
      impl: patternFinditer,
      doc: 'Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object.',
    },
    scanner: { sig: '($self, /, string, pos=0, endpos=sys.maxsize)', impl: patternScanner },
    __copy__: { sig: '($self, /)', impl: returnSelf },
    __deepcopy__: { sig: '($self, memo, /)', impl: returnSelf },
    __class_getitem__: genericAliasClassMethod('See PEP 585'),
  },
  getset: {
    groupindex: { get: patternGroupindex, doc: 'A dictionary mapping group names to group numbers.' },
    pattern: { get: (p: PyPattern) => p.pattern, set: readonly, doc: 'The pattern string from which the RE object was compiled.' },
    flags: { get: (p: PyPattern) => p.flags, set: readonly, doc: 'The regex matching flags.' },
    groups: { get: (p: PyPattern) => p.groups, set: readonly, doc: 'The number of capturing groups in the pattern.' },
  },
});

// ---- SRE_Scanner ----

function scannerStep(self: PyValue, search: boolean): PyValue {
  const sc = self as PyScanner;
  if (sc.executing) throw valueError('regular expression scanner already executing');
  if (!sc.active) return None;
  sc.executing = true;
  const state = sc.state;
  state.acquire();
  try {
    state.reset();
    state.ptr = state.start;
    const status = search ? sreSearch(state, 0) : sreMatch(state, 0, 1);
    const match = status ? newMatch(sc.pattern, state, sc.string, sc.subject) : None;
    if (!status) sc.active = false;
    else {
      state.mustAdvance = state.ptr === state.start;
      state.start = state.ptr;
    }
    return match;
  } finally {
    state.release();
    sc.executing = false;
  }
}

export const ScannerType = defineBuiltinType({
  name: '_sre.SRE_Scanner',
  flags: TPFLAGS.DISALLOW_INSTANTIATION | TPFLAGS.HAVE_GC,
  instanceClass: PyScanner,
  // Differs from CPython: called with arguments these say "SRE_Scanner.match() takes no arguments
  // (1 given)"; CPython's (defining_class methods) say "match() takes no arguments".
  methods: {
    match: { sig: '($self, /)', impl: (s: PyValue) => scannerStep(s, false) },
    search: { sig: '($self, /)', impl: (s: PyValue) => scannerStep(s, true) },
  },
  getset: {
    pattern: { get: (s: PyScanner) => s.pattern, set: readonly },
  },
});

export { PyMatch, matchGroupByIndex };
