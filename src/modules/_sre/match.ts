// re.Match: the result of a successful match, search or scanner step.
// CPython: Modules/_sre/sre.c match_* and _sre_SRE_Match_*, pattern_new_match
import { None, type PyValue } from '../../objects/object.ts';
import { typeOf, TPFLAGS } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyDict } from '../../objects/dict.ts';
import { BytesType, PyBytes } from '../../objects/bytes.ts';
import { isIntValue, intValue } from '../../objects/boxes.ts';
import { PyNumber_AsSsize_t, PyObject_Repr } from '../../objects/abstract.ts';
import { attributeError, indexError, systemError } from '../../objects/exceptions.ts';
import { genericAliasClassMethod } from '../../objects/genericalias.ts';
import { cpSlice } from '../../objects/str/codepoints.ts';
import { PyMatch, type PyPattern } from './objects.ts';
import { type Subject, getSubject, strSlice } from './subject.ts';
import type { SreState } from './engine.ts';
import { compileTemplate, expandTemplate } from './template.ts';

/**
 * The match object for a successful match in `state`.  CPython: pattern_new_match
 */
export function newMatch(pattern: PyPattern, state: SreState, string: PyValue, subject: Subject): PyMatch {
  const groups = pattern.groups;
  const mark = new Int32Array(2 * (groups + 1));
  mark[0] = state.start;
  mark[1] = state.ptr;
  const sm = state.mark;
  const lastmark = state.lastmark;
  for (let i = 0, j = 0; i < groups; i++, j += 2) {
    if (j + 1 <= lastmark && sm[j] >= 0 && sm[j + 1] >= 0) {
      mark[j + 2] = sm[j];
      mark[j + 3] = sm[j + 1];
      if (sm[j] > sm[j + 1]) throw systemError('The span of capturing group is wrong, please report a bug for the re module.');
    } else {
      mark[j + 2] = mark[j + 3] = -1;
    }
  }
  return new PyMatch(pattern, string, subject, state.pos, state.endpos, state.lastindex, mark);
}

function M(v: PyValue): PyMatch {
  return v as PyMatch;
}

/** Group `index` (known to exist), or `dflt` when it did not take part.  CPython: match_getslice_by_index */
export function matchGroupByIndex(self: PyMatch, index: number, dflt: PyValue): PyValue {
  const start = self.mark[2 * index];
  if (self.string === None || start < 0) return dflt;
  const end = self.mark[2 * index + 1];
  if (!self.subject.isBytes) return strSlice(self.subject.str, self.subject.unitOff, start, end);
  // A bytes-like subject is read again: a bytearray may have changed since.
  const data = getSubject(self.string).text as Uint8Array;
  const i = Math.min(start, data.length);
  const j = Math.min(end, data.length);
  if (typeOf(self.string) === BytesType && i === 0 && j === data.length) return self.string;
  return new PyBytes(data.slice(i, j));
}

/**
 * The group number for an int or a group name; IndexError('no such group') for anything else.
 * CPython: match_getindex
 */
function groupIndex(self: PyMatch, index: PyValue): number {
  let i = -1;
  const t = typeOf(index);
  if (t.nb_index !== null || isIntValue(index)) {
    // PyNumber_AsSsize_t(index, NULL): clamped, never an overflow error.
    i = PyNumber_AsSsize_t(index, false, true);
  } else {
    const gi = self.pattern.groupindex;
    if (gi !== null) {
      const v = gi.get(index);
      if (v !== undefined && isIntValue(v)) i = Number(intValue(v));
    }
  }
  if (i < 0 || i >= self.groups) throw indexError('no such group');
  return i;
}

function matchGetslice(self: PyMatch, index: PyValue, dflt: PyValue): PyValue {
  return matchGroupByIndex(self, groupIndex(self, index), dflt);
}

function matchGroup(self: PyValue, args: PyValue[]): PyValue {
  const m = M(self);
  switch (args.length) {
    case 0:
      return matchGroupByIndex(m, 0, None);
    case 1:
      return matchGetslice(m, args[0], None);
    default:
      return new PyTuple(args.map((a) => matchGetslice(m, a, None)));
  }
}

function matchGetitem(self: PyValue, key: PyValue): PyValue {
  return matchGetslice(M(self), key, None);
}

function matchGroups(self: PyValue, dflt: PyValue): PyValue {
  const m = M(self);
  const out: PyValue[] = [];
  for (let i = 1; i < m.groups; i++) out.push(matchGroupByIndex(m, i, dflt));
  return new PyTuple(out);
}

function matchGroupdict(self: PyValue, dflt: PyValue): PyValue {
  const m = M(self);
  const result = new PyDict();
  const gi = m.pattern.groupindex;
  if (gi === null) return result;
  for (let i = gi.next(0); i >= 0; i = gi.next(i + 1)) {
    const key = gi.keys[i];
    result.set(key, matchGetslice(m, key, dflt));
  }
  return result;
}

function matchStart(self: PyValue, group: PyValue): number {
  const m = M(self);
  return m.mark[2 * groupIndex(m, group)];
}

function matchEnd(self: PyValue, group: PyValue): number {
  const m = M(self);
  return m.mark[2 * groupIndex(m, group) + 1];
}

function matchSpan(self: PyValue, group: PyValue): PyValue {
  const m = M(self);
  const i = groupIndex(m, group);
  return new PyTuple([m.mark[2 * i], m.mark[2 * i + 1]]);
}

function matchRegs(self: PyValue): PyValue {
  const m = M(self);
  if (m.regs !== null) return m.regs;
  const out: PyValue[] = [];
  for (let i = 0; i < m.groups; i++) out.push(new PyTuple([m.mark[2 * i], m.mark[2 * i + 1]]));
  m.regs = new PyTuple(out);
  return m.regs;
}

function matchExpand(self: PyValue, template: PyValue): PyValue {
  const m = M(self);
  return expandTemplate(compileTemplate(m.pattern, template), m);
}

function matchLastindex(self: PyValue): PyValue {
  const m = M(self);
  return m.lastindex >= 0 ? m.lastindex : None;
}

function matchLastgroup(self: PyValue): PyValue {
  const m = M(self);
  const ig = m.pattern.indexgroup;
  if (ig !== null && m.lastindex >= 0 && m.lastindex < ig.items.length) return ig.items[m.lastindex];
  return None;
}

function matchRepr(self: PyValue): string {
  const m = M(self);
  const group0 = matchGroupByIndex(m, 0, None);
  const r = PyObject_Repr(group0);
  return `<${typeOf(m).tp_name} object; span=(${m.mark[0]}, ${m.mark[1]}), match=${cpSlice(r, 0, 50)}>`;
}

function readonly(): never {
  throw attributeError('readonly attribute');
}

function returnSelf(self: PyValue): PyValue {
  return self;
}

export const MatchType = defineBuiltinType({
  name: 're.Match',
  doc: 'The result of re.match() and re.search().\nMatch objects always have a boolean value of True.',
  flags: TPFLAGS.DISALLOW_INSTANTIATION | TPFLAGS.HAVE_GC,
  instanceClass: PyMatch,
  slots: { tp_repr: matchRepr },
  mapping: { mp_subscript: matchGetitem },
  methods: {
    // Differs from CPython: group() has a text signature ('($self, *args)'); CPython's has none.
    group: {
      sig: '($self, *args)',
      impl: matchGroup,
      doc: 'group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match.',
    },
    start: { sig: '($self, group=0, /)', impl: matchStart, doc: 'Return index of the start of the substring matched by group.' },
    end: { sig: '($self, group=0, /)', impl: matchEnd, doc: 'Return index of the end of the substring matched by group.' },
    span: { sig: '($self, group=0, /)', impl: matchSpan, doc: 'For match object m, return the 2-tuple (m.start(group), m.end(group)).' },
    groups: {
      sig: '($self, /, default=None)',
      impl: matchGroups,
      doc: 'Return a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for groups that did not participate in the match.',
    },
    groupdict: {
      sig: '($self, /, default=None)',
      impl: matchGroupdict,
      doc: 'Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n  default\n    Is used for groups that did not participate in the match.',
    },
    expand: {
      sig: '($self, /, template)',
      impl: matchExpand,
      doc: 'Return the string obtained by doing backslash substitution on the string template, as done by the sub() method.',
    },
    __copy__: { sig: '($self, /)', impl: returnSelf },
    __deepcopy__: { sig: '($self, memo, /)', impl: returnSelf },
    __class_getitem__: genericAliasClassMethod('See PEP 585'),
  },
  getset: {
    lastindex: { get: matchLastindex, doc: 'The integer index of the last matched capturing group.' },
    lastgroup: { get: matchLastgroup, doc: 'The name of the last matched capturing group.' },
    regs: { get: matchRegs },
    string: { get: (m: PyMatch) => m.string, set: readonly, doc: 'The string passed to match() or search().' },
    re: { get: (m: PyMatch) => m.pattern, set: readonly, doc: 'The regular expression object.' },
    pos: {
      get: (m: PyMatch) => m.pos,
      set: readonly,
      doc: 'The index into the string at which the RE engine started looking for a match.',
    },
    endpos: { get: (m: PyMatch) => m.endpos, set: readonly, doc: 'The index into the string beyond which the RE engine will not go.' },
  },
});
