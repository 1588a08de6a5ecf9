// Code generation for `match` (PEP 634). Each pattern routine consumes the subject on top of the
// stack and jumps to a "fail_pop" label on failure; `onTop` counts the items above the subject that
// a failure must pop, and captured values wait beneath them until the whole pattern has matched.
// CPython: Python/codegen.c (PEP 634 section)
import type * as ast from '../../ast/nodes.generated.ts';
import { None, type PyValue } from '../../objects/object.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyFloat } from '../../objects/float.ts';
import { PyComplex } from '../../objects/complex.ts';
import { Op, NB_SUBSCR } from '../../bytecode/opcodes.generated.ts';
import { Compiler } from '../compile.ts';
import { NO_LOCATION, NEXT_LOCATION, type Location } from '../errors.ts';
import { constKey, constRepr } from '../consts.ts';
import { LOC, visitExpr, visitStmt, nameop } from './index.ts';
import { addCompare, binopOparg, jumpIf } from './expr.ts';

interface PatternContext {
  /** Names captured so far, in stack order. */
  stores: string[];
  allowIrrefutable: boolean;
  /** failPop[i]: the label that pops i items and fails. */
  failPop: number[];
  onTop: number;
}

function isWildcard(p: ast.pattern): boolean {
  return p._kind === 'MatchAs' && !p.name;
}

function isWildcardStar(p: ast.pattern): boolean {
  return p._kind === 'MatchStar' && !p.name;
}

// CPython: ensure_fail_pop
function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newLabel());
}

// CPython: jump_to_fail_pop
function jumpToFailPop(c: Compiler, l: Location, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addopJ(op, pc.failPop[pops], l);
}

// CPython: emit_and_reset_fail_pop
function emitAndResetFailPop(c: Compiler, l: Location, pc: PatternContext): void {
  if (!pc.failPop.length) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useLabel(pc.failPop[i]);
    c.addop(Op.POP_TOP, l);
  }
  c.useLabel(pc.failPop[0]);
  pc.failPop = [];
}

/** 3.10's ROT_N with SWAPs.  CPython: codegen_pattern_helper_rotate */
function rotate(c: Compiler, l: Location, count: number): void {
  while (1 < count) c.addopI(Op.SWAP, count--, l);
}

// CPython: codegen_pattern_helper_store_name
function storeName(c: Compiler, l: Location, n: string | null, pc: PatternContext): void {
  if (n === null) {
    c.addop(Op.POP_TOP, l);
    return;
  }
  if (pc.stores.includes(n)) c.error(l, `multiple assignments to name ${constRepr(n)} in pattern`);
  // Rotate the value beneath the items that must stay on top.
  rotate(c, l, pc.onTop + pc.stores.length + 1);
  pc.stores.push(n);
}

// CPython: codegen_pattern_unpack_helper
function unpackHelper(c: Compiler, l: Location, elts: ast.pattern[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    if (elts[i]._kind !== 'MatchStar') continue;
    if (seenStar) c.error(l, 'multiple starred expressions in sequence pattern');
    if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8) c.error(l, 'too many expressions in star-unpacking sequence pattern');
    c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8), l);
    seenStar = true;
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n, l);
}

// CPython: pattern_helper_sequence_unpack
function sequenceUnpack(c: Compiler, l: Location, patterns: ast.pattern[], pc: PatternContext): void {
  unpackHelper(c, l, patterns);
  const size = patterns.length;
  // The new subjects stay on the stack while each subpattern is matched.
  pc.onTop += size;
  for (const p of patterns) {
    pc.onTop--;
    subpattern(c, p, pc);
  }
}

/** Like sequenceUnpack, with BINARY_OP [] per element: better for [a, *_, b].  CPython: pattern_helper_sequence_subscr */
function sequenceSubscr(c: Compiler, l: Location, patterns: ast.pattern[], star: number, pc: PatternContext): void {
  pc.onTop++;
  const size = patterns.length;
  for (let i = 0; i < size; i++) {
    const p = patterns[i];
    if (isWildcard(p) || i === star) continue;
    c.addopI(Op.COPY, 1, l);
    if (i < star) {
      c.loadConst(i, l);
    } else {
      // The subject may not support negative indexes.
      c.addop(Op.GET_LEN, l);
      c.loadConst(size - i, l);
      c.addopI(Op.BINARY_OP, binopOparg('Sub', false), l);
    }
    c.addopI(Op.BINARY_OP, NB_SUBSCR, l);
    subpattern(c, p, pc);
  }
  pc.onTop--;
  c.addop(Op.POP_TOP, l);
}

/** A pattern inside another: irrefutability is allowed.  CPython: codegen_pattern_subpattern */
function subpattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  const saved = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(c, p, pc);
  pc.allowIrrefutable = saved;
}

// CPython: codegen_pattern_as
function patternAs(c: Compiler, p: ast.MatchAs, pc: PatternContext): void {
  if (p.pattern === null) {
    if (!pc.allowIrrefutable) {
      if (p.name) c.error(LOC(p), `name capture ${constRepr(p.name)} makes remaining patterns unreachable`);
      c.error(LOC(p), 'wildcard makes remaining patterns unreachable');
    }
    storeName(c, LOC(p), p.name, pc);
    return;
  }
  // A copy to store on success.
  pc.onTop++;
  c.addopI(Op.COPY, 1, LOC(p));
  pattern(c, p.pattern, pc);
  pc.onTop--;
  storeName(c, LOC(p), p.name, pc);
}

// CPython: codegen_pattern_class
function patternClass(c: Compiler, p: ast.MatchClass, pc: PatternContext): void {
  const l = LOC(p);
  const nargs = p.patterns.length;
  const nattrs = p.kwd_attrs.length;
  if (nattrs !== p.kwd_patterns.length) {
    c.error(l, `kwd_attrs (${nattrs}) / kwd_patterns (${p.kwd_patterns.length}) length mismatch in class pattern`);
  }
  for (let i = 0; i < nattrs; i++) {
    for (let j = i + 1; j < nattrs; j++) {
      if (p.kwd_attrs[i] === p.kwd_attrs[j]) c.error(LOC(p.kwd_patterns[j]), `attribute name repeated in class pattern: ${p.kwd_attrs[i]}`);
    }
  }
  visitExpr(c, p.cls);
  c.loadConst(new PyTuple(p.kwd_attrs), l);
  c.addopI(Op.MATCH_CLASS, nargs, l);
  c.addopI(Op.COPY, 1, l);
  c.loadConst(None, l);
  c.addopI(Op.IS_OP, 1, l);
  // On top: a tuple of nargs + nattrs attributes, or None.
  pc.onTop++;
  jumpToFailPop(c, l, pc, Op.POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, nargs + nattrs, l);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const sub = i < nargs ? p.patterns[i] : p.kwd_patterns[i - nargs];
    if (isWildcard(sub)) {
      c.addop(Op.POP_TOP, l);
      continue;
    }
    subpattern(c, sub, pc);
  }
}

// CPython: codegen_pattern_mapping
function patternMapping(c: Compiler, p: ast.MatchMapping, pc: PatternContext): void {
  const l = LOC(p);
  const keys = p.keys;
  let size = keys.length;
  if (size !== p.patterns.length) c.error(l, `keys (${size}) / patterns (${p.patterns.length}) length mismatch in mapping pattern`);
  const starTarget = p.rest;
  pc.onTop++;
  c.addop(Op.MATCH_MAPPING, l);
  jumpToFailPop(c, l, pc, Op.POP_JUMP_IF_FALSE);
  if (!size && !starTarget) {
    // {} matches any mapping.
    pc.onTop--;
    c.addop(Op.POP_TOP, l);
    return;
  }
  if (size) {
    c.addop(Op.GET_LEN, l);
    c.loadConst(size, l);
    addCompare(c, l, 'GtE');
    jumpToFailPop(c, l, pc, Op.POP_JUMP_IF_FALSE);
  }
  // The keys, literals or attribute lookups, collected for MATCH_KEYS; duplicated literals are errors.
  const seen = new Set<string>();
  for (let i = 0; i < size; i++) {
    const key = keys[i];
    if (key === null) c.error(LOC(p.patterns[i]), "can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
    if (key._kind === 'Constant') {
      const k = hashKey(key.value);
      if (seen.has(k)) c.error(l, `mapping pattern checks duplicate key (${constRepr(key.value)})`);
      seen.add(k);
    } else if (key._kind !== 'Attribute') {
      c.error(l, 'mapping pattern keys may only match literals and attribute lookups');
    }
    visitExpr(c, key);
  }
  c.addopI(Op.BUILD_TUPLE, size, l);
  c.addop(Op.MATCH_KEYS, l);
  // A tuple of keys and a tuple of values (or None) are on top of the subject.
  pc.onTop += 2;
  c.addopI(Op.COPY, 1, l);
  c.loadConst(None, l);
  c.addopI(Op.IS_OP, 1, l);
  jumpToFailPop(c, l, pc, Op.POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, size, l);
  pc.onTop += size - 1;
  for (let i = 0; i < size; i++) {
    pc.onTop--;
    subpattern(c, p.patterns[i], pc);
  }
  // A match: what follows consumes the keys tuple and the subject.
  pc.onTop -= 2;
  if (starTarget) {
    // rest = dict(subject); del rest[key] for each key
    c.addopI(Op.BUILD_MAP, 0, l); // [subject, keys, empty]
    c.addopI(Op.SWAP, 3, l); // [empty, keys, subject]
    c.addopI(Op.DICT_UPDATE, 2, l); // [copy, keys]
    c.addopI(Op.UNPACK_SEQUENCE, size, l); // [copy, keys...]
    while (size) {
      c.addopI(Op.COPY, 1 + size--, l); // [copy, keys..., copy]
      c.addopI(Op.SWAP, 2, l); // [copy, keys..., copy, key]
      c.addop(Op.DELETE_SUBSCR, l); // [copy, keys...]
    }
    storeName(c, l, starTarget, pc);
  } else {
    c.addop(Op.POP_TOP, l); // the keys tuple
    c.addop(Op.POP_TOP, l); // the subject
  }
}

/** Python equality of mapping-pattern literal keys (1 == 1.0 == True). */
function hashKey(v: PyValue): string {
  if (typeof v === 'boolean') return 'i' + (v ? 1 : 0);
  if (typeof v === 'number' || typeof v === 'bigint') return 'i' + v.toString();
  if (v instanceof PyFloat) {
    const x = v.value;
    if (Number.isInteger(x)) return 'i' + BigInt(x).toString();
    return 'f' + x;
  }
  // A complex with no imaginary part equals its real part (0j == 0 == False).
  if (v instanceof PyComplex && v.imag === 0) return hashKey(new PyFloat(v.real));
  return constKey(v);
}

// CPython: codegen_pattern_or
function patternOr(c: Compiler, p: ast.MatchOr, pc: PatternContext): void {
  const l = LOC(p);
  const end = c.newLabel();
  const size = p.patterns.length;
  const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, failPop: pc.failPop, onTop: pc.onTop };
  // The names bound by the first alternative: the others must bind the same, in this order.
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i];
    pc.stores = [];
    // An irrefutable alternative must be last, if allowed at all.
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addopI(Op.COPY, 1, LOC(alt));
    pattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (i === 0) {
      control = pc.stores;
    } else if (nstores !== control!.length) {
      c.error(l, 'alternative patterns bind different names');
    } else if (nstores) {
      // Reorder the captured values on the stack to match the control's order.
      for (let icontrol = nstores - 1; icontrol >= 0; icontrol--) {
        const name = control![icontrol];
        const istores = pc.stores.indexOf(name);
        if (istores < 0) c.error(l, 'alternative patterns bind different names');
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, LOC(alt), icontrol + 1);
        }
      }
    }
    c.addopJ(Op.JUMP, end, LOC(alt));
    emitAndResetFailPop(c, LOC(alt), pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  // No alternative matched: pop the subject's copy and fail.
  c.addop(Op.POP_TOP, l);
  jumpToFailPop(c, l, pc, Op.JUMP);
  c.useLabel(end);
  const nstores = control!.length;
  // Move each capture beneath the other stores, the subject's copy, the items on top and the
  // captures of enclosing patterns.
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    rotate(c, l, nrots);
    const name = control![i];
    if (pc.stores.includes(name)) c.error(l, `multiple assignments to name ${constRepr(name)} in pattern`);
    pc.stores.push(name);
  }
  c.addop(Op.POP_TOP, l); // the subject's copy
}

// CPython: codegen_pattern_sequence
function patternSequence(c: Compiler, p: ast.MatchSequence, pc: PatternContext): void {
  const l = LOC(p);
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const q = patterns[i];
    if (q._kind === 'MatchStar') {
      if (star >= 0) c.error(l, 'multiple starred names in sequence pattern');
      starWildcard = isWildcardStar(q);
      onlyWildcard &&= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &&= isWildcard(q);
  }
  // The subject stays on top during the type and length checks.
  pc.onTop++;
  c.addop(Op.MATCH_SEQUENCE, l);
  jumpToFailPop(c, l, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addop(Op.GET_LEN, l);
    c.loadConst(size, l);
    addCompare(c, l, 'Eq');
    jumpToFailPop(c, l, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    c.addop(Op.GET_LEN, l);
    c.loadConst(size - 1, l);
    addCompare(c, l, 'GtE');
    jumpToFailPop(c, l, pc, Op.POP_JUMP_IF_FALSE);
  }
  pc.onTop--;
  if (onlyWildcard) c.addop(Op.POP_TOP, l);
  else if (starWildcard) sequenceSubscr(c, l, patterns, star, pc);
  else sequenceUnpack(c, l, patterns, pc);
}

// CPython: codegen_pattern_value
function patternValue(c: Compiler, p: ast.MatchValue, pc: PatternContext): void {
  const value = p.value;
  if (value._kind !== 'Constant' && value._kind !== 'Attribute') c.error(LOC(p), 'patterns may only match literals and attribute lookups');
  visitExpr(c, value);
  addCompare(c, LOC(p), 'Eq');
  c.addop(Op.TO_BOOL, LOC(p));
  jumpToFailPop(c, LOC(p), pc, Op.POP_JUMP_IF_FALSE);
}

// CPython: codegen_pattern
function pattern(c: Compiler, p: ast.pattern, pc: PatternContext): void {
  switch (p._kind) {
    case 'MatchValue':
      return patternValue(c, p, pc);
    case 'MatchSingleton':
      c.loadConst(p.value, LOC(p));
      addCompare(c, LOC(p), 'Is');
      return jumpToFailPop(c, LOC(p), pc, Op.POP_JUMP_IF_FALSE);
    case 'MatchSequence':
      return patternSequence(c, p, pc);
    case 'MatchMapping':
      return patternMapping(c, p, pc);
    case 'MatchClass':
      return patternClass(c, p, pc);
    case 'MatchStar':
      return storeName(c, LOC(p), p.name, pc);
    case 'MatchAs':
      return patternAs(c, p, pc);
    case 'MatchOr':
      return patternOr(c, p, pc);
  }
}

// CPython: codegen_match_inner
export function codegenMatch(c: Compiler, s: ast.Match): void {
  visitExpr(c, s.subject);
  const end = c.newLabel();
  const cases = s.cases.length;
  let m = s.cases[cases - 1];
  const hasDefault = isWildcard(m.pattern) && 1 < cases ? 1 : 0;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - hasDefault; i++) {
    m = s.cases[i];
    // Copy the subject unless this is the last case.
    if (i !== cases - hasDefault - 1) c.addopI(Op.COPY, 1, LOC(m.pattern));
    pc.stores = [];
    // Irrefutable cases must be guarded, last, or both.
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    pattern(c, m.pattern, pc);
    // A match: store the captured names (they are on the stack).
    for (const name of pc.stores) nameop(c, LOC(m.pattern), name, 'Store');
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, LOC(m.pattern), m.guard, pc.failPop[0], false);
    }
    // Done with the subject (with the next location, for better branch events).
    if (i !== cases - hasDefault - 1) c.addop(Op.POP_TOP, NEXT_LOCATION);
    for (const st of m.body) visitStmt(c, st);
    c.addopJ(Op.JUMP, end, NO_LOCATION);
    // A failed match belongs to the pattern's line, not to the body's last.
    emitAndResetFailPop(c, LOC(m.pattern), pc);
  }
  if (hasDefault) {
    // A trailing `case _` saves pushing and popping.
    m = s.cases[cases - 1];
    if (cases === 1) c.addop(Op.POP_TOP, LOC(m.pattern));
    else c.addop(Op.NOP, LOC(m.pattern)); // line coverage for the default case
    if (m.guard) jumpIf(c, LOC(m.pattern), m.guard, end, false);
    for (const st of m.body) visitStmt(c, st);
  }
  c.useLabel(end);
}
