// The regular expression matching engine: runs the code of a compiled pattern (a Uint32Array of SRE
// opcodes made by Lib/re/_compiler.py) over the characters of a subject.
// CPython: Modules/_sre/sre_lib.h SRE(match), SRE(count), SRE(search); sre.c state_* helpers
//
// As in CPython, backtracking never recurses in JavaScript: SRE(match) keeps its "recursive calls"
// as contexts on an explicit stack, and a call that must come back to an opcode records which
// continuation to resume (the JUMP_* values).  CPython resumes with `goto` into the middle of an
// opcode's loop; here each such loop is a small state machine: its head is an `act` of the main
// loop (A_BRANCH_LOOP...), entered first from the opcode and then again from the continuation.
//
// Contexts, saved marks and repeat records live in Int32Arrays (struct-of-arrays), so a match
// allocates nothing per character or per backtracking step.
import * as C from './constants.ts';
import {
  type SreText,
  atPosition,
  category,
  charLocIgnore,
  inCharset,
  inCharsetLocIgnore,
  lowerAscii,
  lowerLocale,
  lowerUnicode,
} from './chars.ts';
import { evalBreaker, handleEvalBreaker } from '../../vm/eval-breaker.ts';
import { tstate } from '../../vm/thread-state.ts';
import { runtimeError } from '../../objects/exceptions.ts';

// A context: the frame of one (non-recursive) SRE(match) call.
const CTX = 8;
const F_COUNT = 0;
const F_U = 1; // a character (REPEAT_ONE) or a repeat record (REPEAT, *_UNTIL, POSSESSIVE_REPEAT)
const F_LASTMARK = 2;
const F_LASTINDEX = 3;
const F_PATTERN = 4;
const F_PTR = 5;
const F_JT = 6; // (jump << 1) | toplevel
const F_PARENT = 7;

// A repeat record.  CPython: SRE_REPEAT
const REP = 4;
const R_COUNT = 0;
const R_PATTERN = 1; // the code index of the REPEAT's arguments, -1 for a possessive repeat
const R_LAST_PTR = 2; // for the zero-width match protection, -1 when none
const R_PREV = 3;

// Where a context resumes when its child returns.  CPython: the JUMP_* values of sre_lib.h
const JUMP_NONE = 0;
const JUMP_MAX_UNTIL_1 = 1;
const JUMP_MAX_UNTIL_2 = 2;
const JUMP_MAX_UNTIL_3 = 3;
const JUMP_MIN_UNTIL_1 = 4;
const JUMP_MIN_UNTIL_2 = 5;
const JUMP_MIN_UNTIL_3 = 6;
const JUMP_REPEAT = 7;
const JUMP_REPEAT_ONE_1 = 8;
const JUMP_REPEAT_ONE_2 = 9;
const JUMP_MIN_REPEAT_ONE = 10;
const JUMP_BRANCH = 11;
const JUMP_ASSERT = 12;
const JUMP_ASSERT_NOT = 13;
const JUMP_POSS_REPEAT_1 = 14;
const JUMP_POSS_REPEAT_2 = 15;
const JUMP_ATOMIC_GROUP = 16;

// What the main loop of sreMatch does next.
const A_ENTER = 0; // start a context at `pattern`, from state.ptr
const A_DISPATCH = 1; // run opcodes at `pattern`, `ptr`
const A_EXIT = 2; // return `ret` from the current context
const A_BRANCH_LOOP = 3;
const A_REPEAT_ONE_LIT_LOOP = 4;
const A_REPEAT_ONE_LOOP = 5;
const A_MIN_REPEAT_ONE_LOOP = 6;
const A_POSS_MIN_LOOP = 7;
const A_POSS_MAX_LOOP = 8;
const A_POSS_DONE = 9;
const A_MAX_UNTIL_TAIL = 10;

/** The stacks of a match, reused from one match to the next. */
class Stacks {
  cs: Int32Array = new Int32Array(CTX * 64);
  ds: Int32Array = new Int32Array(256);
  rs: Int32Array = new Int32Array(REP * 16);
}

let spareStacks: Stacks | null = null;
const EMPTY = new Int32Array(0);
const KEEP_LIMIT = 1 << 16;

/** The state of a match or search over one subject.  CPython: SRE_STATE */
export class SreState {
  /** Current position (the end of the current match after a success). */
  ptr = 0;
  /** Where the current match attempt starts. */
  start: number;
  /** The end of the slice searched (endpos). */
  end: number;
  matchAll = false;
  mustAdvance = false;
  lastmark = -1;
  lastindex = -1;
  /** Group boundaries, -1 where not set. */
  readonly mark: Int32Array;
  /** The innermost repeat record, or -1. */
  repeat = -1;
  cs: Int32Array;
  ctop = 0;
  ds: Int32Array;
  dtop = 0;
  rs: Int32Array;
  rtop = 0;
  sigcount = 0;
  private stacks: Stacks | null;

  constructor(
    readonly code: Uint32Array,
    readonly text: SreText,
    groups: number,
    readonly pos: number,
    readonly endpos: number,
  ) {
    this.start = pos;
    this.end = endpos;
    this.mark = new Int32Array(groups * 2);
    this.stacks = null;
    this.cs = this.ds = this.rs = EMPTY;
    this.acquire();
  }

  /** Takes stacks for matching (those of a finished match when there are some). */
  acquire(): void {
    if (this.stacks !== null) return;
    const s = spareStacks ?? new Stacks();
    spareStacks = null;
    this.stacks = s;
    this.cs = s.cs;
    this.ds = s.ds;
    this.rs = s.rs;
  }

  /** Forgets the marks and repeats of the previous attempt.  CPython: state_reset */
  reset(): void {
    this.lastmark = -1;
    this.lastindex = -1;
    this.repeat = -1;
    this.ctop = 0;
    this.dtop = 0;
    this.rtop = 0;
  }

  /** Gives the stacks back for other matches until the next acquire().  CPython: state_fini */
  release(): void {
    const s = this.stacks;
    if (s === null) return;
    this.stacks = null;
    s.cs = this.cs;
    s.ds = this.ds;
    s.rs = this.rs;
    this.cs = this.ds = this.rs = EMPTY;
    if (s.cs.length <= KEEP_LIMIT && s.ds.length <= KEEP_LIMIT && s.rs.length <= KEEP_LIMIT) spareStacks = s;
  }

  growCtx(): void {
    const n = new Int32Array(this.cs.length * 2);
    n.set(this.cs);
    this.cs = n;
  }

  growData(need: number): void {
    let size = this.ds.length * 2;
    while (size < need) size *= 2;
    const n = new Int32Array(size);
    n.set(this.ds);
    this.ds = n;
  }

  allocRepeat(): number {
    const r = this.rtop;
    if (r + REP > this.rs.length) {
      const n = new Int32Array(this.rs.length * 2);
      n.set(this.rs);
      this.rs = n;
    }
    this.rtop = r + REP;
    return r;
  }

  /** Repeat records are freed in the reverse order of their allocation. */
  freeRepeat(r: number): void {
    this.rtop = r;
  }

  markPush(lastmark: number): void {
    if (lastmark < 0) return;
    const n = lastmark + 1;
    if (this.dtop + n > this.ds.length) this.growData(this.dtop + n);
    this.ds.set(this.mark.subarray(0, n), this.dtop);
    this.dtop += n;
  }

  markPop(lastmark: number): void {
    if (lastmark < 0) return;
    const n = lastmark + 1;
    this.dtop -= n;
    this.mark.set(this.ds.subarray(this.dtop, this.dtop + n));
  }

  markPopKeep(lastmark: number): void {
    if (lastmark < 0) return;
    const n = lastmark + 1;
    this.mark.set(this.ds.subarray(this.dtop - n, this.dtop));
  }

  markPopDiscard(lastmark: number): void {
    if (lastmark >= 0) this.dtop -= lastmark + 1;
  }

  pushInt(v: number): void {
    if (this.dtop + 1 > this.ds.length) this.growData(this.dtop + 1);
    this.ds[this.dtop++] = v;
  }
}

/** Lets the host interrupt a long match (budgets, pending calls), as CPython checks for signals. */
function checkSignals(): void {
  if (--evalBreaker.counter <= 0) {
    const f = tstate.frame;
    if (f !== null) handleEvalBreaker(f);
    else evalBreaker.counter = 1;
  }
}

function internalError(): never {
  throw runtimeError('internal error in regular expression engine');
}

/** Pushes a context for a child of `parent`; returns its position. */
function pushContext(st: SreState, parent: number, jump: number, toplevel: number): number {
  const pos = st.ctop;
  if (pos + CTX > st.cs.length) st.growCtx();
  st.ctop = pos + CTX;
  const cs = st.cs;
  cs[pos + F_JT] = (jump << 1) | toplevel;
  cs[pos + F_PARENT] = parent;
  return pos;
}

/**
 * How many times (up to maxcount) the one-character item at code[pattern] matches from state.ptr.
 * CPython: SRE(count)
 */
function sreCount(st: SreState, pattern: number, maxcount: number): number {
  const code = st.code;
  const text = st.text;
  const start = st.ptr;
  let ptr = start;
  let end = st.end;
  if (maxcount < end - ptr && maxcount !== C.MAXREPEAT) end = ptr + maxcount;
  const chr = code[pattern + 1];
  switch (code[pattern]) {
    case C.OP_IN:
      while (ptr < end && inCharset(code, pattern + 2, text[ptr])) ptr++;
      break;
    case C.OP_ANY:
      while (ptr < end && text[ptr] !== 10) ptr++;
      break;
    case C.OP_ANY_ALL:
      if (end > ptr) ptr = end;
      break;
    case C.OP_LITERAL:
      while (ptr < end && text[ptr] === chr) ptr++;
      break;
    case C.OP_LITERAL_IGNORE:
      while (ptr < end && lowerAscii(text[ptr]) === chr) ptr++;
      break;
    case C.OP_LITERAL_UNI_IGNORE:
      while (ptr < end && lowerUnicode(text[ptr]) === chr) ptr++;
      break;
    case C.OP_LITERAL_LOC_IGNORE:
      while (ptr < end && charLocIgnore(chr, text[ptr])) ptr++;
      break;
    case C.OP_NOT_LITERAL:
      while (ptr < end && text[ptr] !== chr) ptr++;
      break;
    case C.OP_NOT_LITERAL_IGNORE:
      while (ptr < end && lowerAscii(text[ptr]) !== chr) ptr++;
      break;
    case C.OP_NOT_LITERAL_UNI_IGNORE:
      while (ptr < end && lowerUnicode(text[ptr]) !== chr) ptr++;
      break;
    case C.OP_NOT_LITERAL_LOC_IGNORE:
      while (ptr < end && !charLocIgnore(chr, text[ptr])) ptr++;
      break;
    default:
      // Any other one-character item: run it as a pattern of its own (it ends with SUCCESS).
      while (st.ptr < end) {
        if (!sreMatch(st, pattern, 0)) break;
      }
      return st.ptr - start;
  }
  return ptr - start;
}

/**
 * Matches the code at `pattern` from state.ptr; on success returns 1 with state.ptr at the end of
 * the match and the marks set, else 0.  CPython: SRE(match)
 */
export function sreMatch(st: SreState, pattern: number, toplevel: number): number {
  const code = st.code;
  const text = st.text;
  const end = st.end;
  const mark = st.mark;
  let cs = st.cs;
  let ctx = pushContext(st, -1, JUMP_NONE, toplevel);
  cs = st.cs;
  let ptr = 0;
  let ret = 0;
  let act = A_ENTER;
  let sigcount = st.sigcount;
  let rs = st.rs;
  let rep = 0;
  let count = 0;

  main: for (;;) {
    switch (act) {
      case A_ENTER:
      case A_DISPATCH:
        if (act === A_ENTER) {
          ptr = st.ptr;
          if (code[pattern] === C.OP_INFO) {
            // <INFO> <1=skip> <2=flags> <3=min> ...: reject when fewer characters remain than needed
            const min = code[pattern + 3];
            if (min !== 0 && end - ptr >= 0 && end - ptr < min) {
              ret = 0;
              act = A_EXIT;
              continue main;
            }
            pattern += code[pattern + 1] + 1;
          }
        }
        for (;;) {
          if ((++sigcount & 0xfff) === 0) checkSignals();
          switch (code[pattern++]) {
            case C.OP_MARK: {
              // <MARK> <gid>
              const i = code[pattern];
              if (i & 1) st.lastindex = (i >> 1) + 1;
              if (i > st.lastmark) {
                // Marks between the old lastmark and i have not been reached.
                for (let j = st.lastmark + 1; j < i; j++) mark[j] = -1;
                st.lastmark = i;
              }
              mark[i] = ptr;
              pattern++;
              continue;
            }
            case C.OP_LITERAL:
              if (ptr >= end || text[ptr] !== code[pattern]) break;
              pattern++;
              ptr++;
              continue;
            case C.OP_NOT_LITERAL:
              if (ptr >= end || text[ptr] === code[pattern]) break;
              pattern++;
              ptr++;
              continue;
            case C.OP_SUCCESS:
              if ((cs[ctx + F_JT] & 1) !== 0 && ((st.matchAll && ptr !== st.end) || (st.mustAdvance && ptr === st.start))) break;
              st.ptr = ptr;
              ret = 1;
              act = A_EXIT;
              continue main;
            case C.OP_AT:
              if (!atPosition(text, ptr, end, code[pattern])) break;
              pattern++;
              continue;
            case C.OP_CATEGORY:
              if (ptr >= end || !category(code[pattern], text[ptr])) break;
              pattern++;
              ptr++;
              continue;
            case C.OP_ANY:
              if (ptr >= end || text[ptr] === 10) break;
              ptr++;
              continue;
            case C.OP_ANY_ALL:
              if (ptr >= end) break;
              ptr++;
              continue;
            case C.OP_IN:
              // <IN> <skip> <set>
              if (ptr >= end || !inCharset(code, pattern + 1, text[ptr])) break;
              pattern += code[pattern];
              ptr++;
              continue;
            case C.OP_LITERAL_IGNORE:
              if (ptr >= end || lowerAscii(text[ptr]) !== code[pattern]) break;
              pattern++;
              ptr++;
              continue;
            case C.OP_LITERAL_UNI_IGNORE:
              if (ptr >= end || lowerUnicode(text[ptr]) !== code[pattern]) break;
              pattern++;
              ptr++;
              continue;
            case C.OP_LITERAL_LOC_IGNORE:
              if (ptr >= end || !charLocIgnore(code[pattern], text[ptr])) break;
              pattern++;
              ptr++;
              continue;
            case C.OP_NOT_LITERAL_IGNORE:
              if (ptr >= end || lowerAscii(text[ptr]) === code[pattern]) break;
              pattern++;
              ptr++;
              continue;
            case C.OP_NOT_LITERAL_UNI_IGNORE:
              if (ptr >= end || lowerUnicode(text[ptr]) === code[pattern]) break;
              pattern++;
              ptr++;
              continue;
            case C.OP_NOT_LITERAL_LOC_IGNORE:
              if (ptr >= end || charLocIgnore(code[pattern], text[ptr])) break;
              pattern++;
              ptr++;
              continue;
            case C.OP_IN_IGNORE:
              if (ptr >= end || !inCharset(code, pattern + 1, lowerAscii(text[ptr]))) break;
              pattern += code[pattern];
              ptr++;
              continue;
            case C.OP_IN_UNI_IGNORE:
              if (ptr >= end || !inCharset(code, pattern + 1, lowerUnicode(text[ptr]))) break;
              pattern += code[pattern];
              ptr++;
              continue;
            case C.OP_IN_LOC_IGNORE:
              if (ptr >= end || !inCharsetLocIgnore(code, pattern + 1, text[ptr])) break;
              pattern += code[pattern];
              ptr++;
              continue;
            case C.OP_JUMP:
            case C.OP_INFO:
              // <JUMP> <offset>
              pattern += code[pattern];
              continue;
            case C.OP_BRANCH:
              // <BRANCH> <0=skip> code <JUMP> ... <NULL>
              cs[ctx + F_LASTMARK] = st.lastmark;
              cs[ctx + F_LASTINDEX] = st.lastindex;
              if (st.repeat >= 0) st.markPush(st.lastmark);
              act = A_BRANCH_LOOP;
              continue main;
            case C.OP_REPEAT_ONE: {
              // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
              // The item is exactly one character wide: count how many match, then back off.
              const min = code[pattern + 1];
              if (min > end - ptr) break;
              st.ptr = ptr;
              count = sreCount(st, pattern + 3, code[pattern + 2]);
              cs = st.cs;
              cs[ctx + F_COUNT] = count;
              ptr += count;
              if (count < min) break;
              const next = pattern + code[pattern];
              if (
                code[next] === C.OP_SUCCESS &&
                ptr === st.end &&
                !((cs[ctx + F_JT] & 1) !== 0 && st.mustAdvance && ptr === st.start)
              ) {
                // the tail is empty: done
                st.ptr = ptr;
                ret = 1;
                act = A_EXIT;
                continue main;
              }
              cs[ctx + F_LASTMARK] = st.lastmark;
              cs[ctx + F_LASTINDEX] = st.lastindex;
              if (st.repeat >= 0) st.markPush(st.lastmark);
              if (code[next] === C.OP_LITERAL) {
                // The tail starts with a literal: skip positions where it cannot match.
                cs[ctx + F_U] = code[next + 1];
                act = A_REPEAT_ONE_LIT_LOOP;
              } else {
                act = A_REPEAT_ONE_LOOP;
              }
              continue main;
            }
            case C.OP_MIN_REPEAT_ONE: {
              // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
              const min = code[pattern + 1];
              if (min > end - ptr) break;
              st.ptr = ptr;
              if (min === 0) {
                count = 0;
              } else {
                count = sreCount(st, pattern + 3, min);
                cs = st.cs;
                if (count < min) break;
                ptr += count;
              }
              cs[ctx + F_COUNT] = count;
              if (
                code[pattern + code[pattern]] === C.OP_SUCCESS &&
                !((cs[ctx + F_JT] & 1) !== 0 && ((st.matchAll && ptr !== st.end) || (st.mustAdvance && ptr === st.start)))
              ) {
                st.ptr = ptr;
                ret = 1;
                act = A_EXIT;
                continue main;
              }
              cs[ctx + F_LASTMARK] = st.lastmark;
              cs[ctx + F_LASTINDEX] = st.lastindex;
              if (st.repeat >= 0) st.markPush(st.lastmark);
              act = A_MIN_REPEAT_ONE_LOOP;
              continue main;
            }
            case C.OP_POSSESSIVE_REPEAT_ONE: {
              // <POSSESSIVE_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
              const min = code[pattern + 1];
              if (ptr + min > end) break;
              st.ptr = ptr;
              count = sreCount(st, pattern + 3, code[pattern + 2]);
              cs = st.cs;
              cs[ctx + F_COUNT] = count;
              ptr += count;
              if (count < min) break;
              pattern += code[pattern];
              if (
                code[pattern] === C.OP_SUCCESS &&
                ptr === st.end &&
                !((cs[ctx + F_JT] & 1) !== 0 && st.mustAdvance && ptr === st.start)
              ) {
                st.ptr = ptr;
                ret = 1;
                act = A_EXIT;
                continue main;
              }
              continue;
            }
            case C.OP_REPEAT:
              // <REPEAT> <skip> <1=min> <2=max> <3=repeat_index> item <UNTIL> tail
              // Installs a repeat record; the UNTIL opcode does the work.
              rep = st.allocRepeat();
              rs = st.rs;
              rs[rep + R_COUNT] = -1;
              rs[rep + R_PATTERN] = pattern;
              rs[rep + R_PREV] = st.repeat;
              rs[rep + R_LAST_PTR] = -1;
              cs[ctx + F_U] = rep;
              st.repeat = rep;
              st.ptr = ptr;
              cs[ctx + F_PATTERN] = pattern;
              cs[ctx + F_PTR] = ptr;
              ctx = pushContext(st, ctx, JUMP_REPEAT, cs[ctx + F_JT] & 1);
              cs = st.cs;
              pattern += code[pattern];
              act = A_ENTER;
              continue main;
            case C.OP_MAX_UNTIL: {
              // maximizing repeat: <REPEAT> <skip> <1=min> <2=max> item <MAX_UNTIL> tail
              rep = st.repeat;
              if (rep < 0) internalError();
              rs = st.rs;
              cs[ctx + F_U] = rep;
              st.ptr = ptr;
              count = rs[rep + R_COUNT] + 1;
              cs[ctx + F_COUNT] = count;
              const rp = rs[rep + R_PATTERN];
              if (count < code[rp + 1]) {
                // not enough matches yet
                rs[rep + R_COUNT] = count;
                cs[ctx + F_PATTERN] = pattern;
                cs[ctx + F_PTR] = ptr;
                ctx = pushContext(st, ctx, JUMP_MAX_UNTIL_1, cs[ctx + F_JT] & 1);
                cs = st.cs;
                pattern = rp + 3;
                act = A_ENTER;
                continue main;
              }
              if ((count < code[rp + 2] || code[rp + 2] === C.MAXREPEAT) && st.ptr !== rs[rep + R_LAST_PTR]) {
                // enough matches, but match another item if possible
                rs[rep + R_COUNT] = count;
                cs[ctx + F_LASTMARK] = st.lastmark;
                cs[ctx + F_LASTINDEX] = st.lastindex;
                st.markPush(st.lastmark);
                // zero-width match protection
                st.pushInt(rs[rep + R_LAST_PTR]);
                rs[rep + R_LAST_PTR] = st.ptr;
                cs[ctx + F_PATTERN] = pattern;
                cs[ctx + F_PTR] = ptr;
                ctx = pushContext(st, ctx, JUMP_MAX_UNTIL_2, cs[ctx + F_JT] & 1);
                cs = st.cs;
                pattern = rp + 3;
                act = A_ENTER;
                continue main;
              }
              act = A_MAX_UNTIL_TAIL;
              continue main;
            }
            case C.OP_MIN_UNTIL: {
              // minimizing repeat: <REPEAT> <skip> <1=min> <2=max> item <MIN_UNTIL> tail
              rep = st.repeat;
              if (rep < 0) internalError();
              rs = st.rs;
              cs[ctx + F_U] = rep;
              st.ptr = ptr;
              count = rs[rep + R_COUNT] + 1;
              cs[ctx + F_COUNT] = count;
              const rp = rs[rep + R_PATTERN];
              if (count < code[rp + 1]) {
                rs[rep + R_COUNT] = count;
                cs[ctx + F_PATTERN] = pattern;
                cs[ctx + F_PTR] = ptr;
                ctx = pushContext(st, ctx, JUMP_MIN_UNTIL_1, cs[ctx + F_JT] & 1);
                cs = st.cs;
                pattern = rp + 3;
                act = A_ENTER;
                continue main;
              }
              // see if the tail matches
              st.repeat = rs[rep + R_PREV];
              cs[ctx + F_LASTMARK] = st.lastmark;
              cs[ctx + F_LASTINDEX] = st.lastindex;
              if (st.repeat >= 0) st.markPush(st.lastmark);
              cs[ctx + F_PATTERN] = pattern;
              cs[ctx + F_PTR] = ptr;
              ctx = pushContext(st, ctx, JUMP_MIN_UNTIL_2, cs[ctx + F_JT] & 1);
              cs = st.cs;
              act = A_ENTER;
              continue main;
            }
            case C.OP_POSSESSIVE_REPEAT:
              // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
              st.ptr = ptr;
              rep = st.allocRepeat();
              rs = st.rs;
              rs[rep + R_COUNT] = -1;
              rs[rep + R_PATTERN] = -1;
              rs[rep + R_PREV] = st.repeat;
              rs[rep + R_LAST_PTR] = -1;
              st.repeat = rep;
              cs[ctx + F_U] = rep;
              cs[ctx + F_COUNT] = 0;
              act = A_POSS_MIN_LOOP;
              continue main;
            case C.OP_ATOMIC_GROUP:
              // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
              st.ptr = ptr;
              cs[ctx + F_PATTERN] = pattern;
              cs[ctx + F_PTR] = ptr;
              ctx = pushContext(st, ctx, JUMP_ATOMIC_GROUP, 0);
              cs = st.cs;
              pattern += 1;
              act = A_ENTER;
              continue main;
            case C.OP_GROUPREF:
            case C.OP_GROUPREF_IGNORE:
            case C.OP_GROUPREF_UNI_IGNORE:
            case C.OP_GROUPREF_LOC_IGNORE: {
              const groupref = code[pattern] * 2;
              if (groupref >= st.lastmark) break;
              let p = mark[groupref];
              const e = mark[groupref + 1];
              if (p < 0 || e < 0 || e < p) break;
              const op = code[pattern - 1];
              if (op === C.OP_GROUPREF) {
                while (p < e) {
                  if (ptr >= end || text[ptr] !== text[p]) break;
                  p++;
                  ptr++;
                }
              } else if (op === C.OP_GROUPREF_IGNORE) {
                while (p < e) {
                  if (ptr >= end || lowerAscii(text[ptr]) !== lowerAscii(text[p])) break;
                  p++;
                  ptr++;
                }
              } else if (op === C.OP_GROUPREF_UNI_IGNORE) {
                while (p < e) {
                  if (ptr >= end || lowerUnicode(text[ptr]) !== lowerUnicode(text[p])) break;
                  p++;
                  ptr++;
                }
              } else {
                while (p < e) {
                  if (ptr >= end || lowerLocale(text[ptr]) !== lowerLocale(text[p])) break;
                  p++;
                  ptr++;
                }
              }
              if (p < e) break;
              pattern++;
              continue;
            }
            case C.OP_GROUPREF_EXISTS: {
              // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
              const groupref = code[pattern] * 2;
              if (groupref >= st.lastmark) {
                pattern += code[pattern + 1];
                continue;
              }
              const p = mark[groupref];
              const e = mark[groupref + 1];
              if (p < 0 || e < 0 || e < p) {
                pattern += code[pattern + 1];
                continue;
              }
              pattern += 2;
              continue;
            }
            case C.OP_ASSERT: {
              // <ASSERT> <skip> <back> <pattern>
              const back = code[pattern + 1];
              if (ptr < back) break;
              st.ptr = ptr - back;
              cs[ctx + F_PATTERN] = pattern;
              cs[ctx + F_PTR] = ptr;
              ctx = pushContext(st, ctx, JUMP_ASSERT, 0);
              cs = st.cs;
              pattern += 2;
              act = A_ENTER;
              continue main;
            }
            case C.OP_ASSERT_NOT: {
              // <ASSERT_NOT> <skip> <back> <pattern>
              const back = code[pattern + 1];
              if (ptr >= back) {
                st.ptr = ptr - back;
                cs[ctx + F_LASTMARK] = st.lastmark;
                cs[ctx + F_LASTINDEX] = st.lastindex;
                if (st.repeat >= 0) st.markPush(st.lastmark);
                cs[ctx + F_PATTERN] = pattern;
                cs[ctx + F_PTR] = ptr;
                ctx = pushContext(st, ctx, JUMP_ASSERT_NOT, 0);
                cs = st.cs;
                pattern += 2;
                act = A_ENTER;
                continue main;
              }
              pattern += code[pattern];
              continue;
            }
            case C.OP_FAILURE:
              break;
            default:
              // RANGE_UNI_IGNORE, SUBPATTERN, RANGE, NEGATE, BIGCHARSET, CHARSET or unknown
              internalError();
          }
          // An opcode did not match: this context fails.
          ret = 0;
          act = A_EXIT;
          continue main;
        }

      case A_EXIT: {
        const parent = cs[ctx + F_PARENT];
        const jump = cs[ctx + F_JT] >> 1;
        st.ctop = ctx;
        if (parent === -1) {
          st.sigcount = sigcount;
          return ret;
        }
        ctx = parent;
        pattern = cs[ctx + F_PATTERN];
        ptr = cs[ctx + F_PTR];
        rs = st.rs;
        switch (jump) {
          case JUMP_BRANCH:
            if (ret) {
              if (st.repeat >= 0) st.markPopDiscard(cs[ctx + F_LASTMARK]);
              continue main; // ret is 1, act is A_EXIT
            }
            if (st.repeat >= 0) st.markPopKeep(cs[ctx + F_LASTMARK]);
            st.lastmark = cs[ctx + F_LASTMARK];
            st.lastindex = cs[ctx + F_LASTINDEX];
            pattern += code[pattern];
            act = A_BRANCH_LOOP;
            continue main;
          case JUMP_REPEAT_ONE_1:
          case JUMP_REPEAT_ONE_2:
            if (ret) {
              if (st.repeat >= 0) st.markPopDiscard(cs[ctx + F_LASTMARK]);
              continue main;
            }
            if (st.repeat >= 0) st.markPopKeep(cs[ctx + F_LASTMARK]);
            st.lastmark = cs[ctx + F_LASTMARK];
            st.lastindex = cs[ctx + F_LASTINDEX];
            ptr--;
            cs[ctx + F_COUNT]--;
            act = jump === JUMP_REPEAT_ONE_1 ? A_REPEAT_ONE_LIT_LOOP : A_REPEAT_ONE_LOOP;
            continue main;
          case JUMP_MIN_REPEAT_ONE:
            if (ret) {
              if (st.repeat >= 0) st.markPopDiscard(cs[ctx + F_LASTMARK]);
              continue main;
            }
            if (st.repeat >= 0) st.markPopKeep(cs[ctx + F_LASTMARK]);
            st.lastmark = cs[ctx + F_LASTMARK];
            st.lastindex = cs[ctx + F_LASTINDEX];
            st.ptr = ptr;
            count = sreCount(st, pattern + 3, 1);
            cs = st.cs;
            if (count === 0) {
              if (st.repeat >= 0) st.markPopDiscard(cs[ctx + F_LASTMARK]);
              ret = 0;
              act = A_EXIT;
              continue main;
            }
            ptr++;
            cs[ctx + F_COUNT]++;
            act = A_MIN_REPEAT_ONE_LOOP;
            continue main;
          case JUMP_REPEAT:
            rep = cs[ctx + F_U];
            st.repeat = rs[rep + R_PREV];
            st.freeRepeat(rep);
            continue main; // returns ret
          case JUMP_MAX_UNTIL_1:
          case JUMP_MIN_UNTIL_1:
            if (ret) continue main;
            rep = cs[ctx + F_U];
            rs[rep + R_COUNT] = cs[ctx + F_COUNT] - 1;
            st.ptr = ptr;
            continue main; // fails
          case JUMP_MAX_UNTIL_2:
            rep = cs[ctx + F_U];
            rs[rep + R_LAST_PTR] = st.ds[--st.dtop];
            if (ret) {
              st.markPopDiscard(cs[ctx + F_LASTMARK]);
              continue main;
            }
            st.markPop(cs[ctx + F_LASTMARK]);
            st.lastmark = cs[ctx + F_LASTMARK];
            st.lastindex = cs[ctx + F_LASTINDEX];
            rs[rep + R_COUNT] = cs[ctx + F_COUNT] - 1;
            st.ptr = ptr;
            act = A_MAX_UNTIL_TAIL;
            continue main;
          case JUMP_MAX_UNTIL_3:
            st.repeat = cs[ctx + F_U];
            if (ret) continue main;
            st.ptr = ptr;
            continue main;
          case JUMP_MIN_UNTIL_2: {
            const repeatOfTail = st.repeat;
            rep = cs[ctx + F_U];
            st.repeat = rep;
            if (ret) {
              if (repeatOfTail >= 0) st.markPopDiscard(cs[ctx + F_LASTMARK]);
              continue main;
            }
            if (repeatOfTail >= 0) st.markPop(cs[ctx + F_LASTMARK]);
            st.lastmark = cs[ctx + F_LASTMARK];
            st.lastindex = cs[ctx + F_LASTINDEX];
            st.ptr = ptr;
            count = cs[ctx + F_COUNT];
            const rp = rs[rep + R_PATTERN];
            if ((count >= code[rp + 2] && code[rp + 2] !== C.MAXREPEAT) || st.ptr === rs[rep + R_LAST_PTR]) {
              ret = 0;
              continue main;
            }
            rs[rep + R_COUNT] = count;
            // zero-width match protection
            st.pushInt(rs[rep + R_LAST_PTR]);
            rs[rep + R_LAST_PTR] = st.ptr;
            cs[ctx + F_PATTERN] = pattern;
            cs[ctx + F_PTR] = ptr;
            ctx = pushContext(st, ctx, JUMP_MIN_UNTIL_3, cs[ctx + F_JT] & 1);
            cs = st.cs;
            pattern = rp + 3;
            act = A_ENTER;
            continue main;
          }
          case JUMP_MIN_UNTIL_3:
            rep = cs[ctx + F_U];
            rs[rep + R_LAST_PTR] = st.ds[--st.dtop];
            if (ret) continue main;
            rs[rep + R_COUNT] = cs[ctx + F_COUNT] - 1;
            st.ptr = ptr;
            continue main;
          case JUMP_POSS_REPEAT_1:
            if (ret) {
              cs[ctx + F_COUNT]++;
              act = A_POSS_MIN_LOOP;
              continue main;
            }
            st.ptr = ptr;
            rep = cs[ctx + F_U];
            st.repeat = rs[rep + R_PREV];
            st.freeRepeat(rep);
            continue main;
          case JUMP_POSS_REPEAT_2:
            if (ret) {
              st.markPopDiscard(cs[ctx + F_LASTMARK]);
              cs[ctx + F_COUNT]++;
              act = A_POSS_MAX_LOOP;
              continue main;
            }
            st.markPop(cs[ctx + F_LASTMARK]);
            st.lastmark = cs[ctx + F_LASTMARK];
            st.lastindex = cs[ctx + F_LASTINDEX];
            st.ptr = ptr;
            act = A_POSS_DONE;
            continue main;
          case JUMP_ATOMIC_GROUP:
            if (!ret) {
              st.ptr = ptr;
              continue main;
            }
            pattern += code[pattern];
            ptr = st.ptr;
            act = A_DISPATCH;
            continue main;
          case JUMP_ASSERT:
            if (!ret) continue main;
            pattern += code[pattern];
            act = A_DISPATCH;
            continue main;
          case JUMP_ASSERT_NOT:
            if (ret) {
              if (st.repeat >= 0) st.markPopDiscard(cs[ctx + F_LASTMARK]);
              ret = 0;
              continue main;
            }
            if (st.repeat >= 0) st.markPop(cs[ctx + F_LASTMARK]);
            st.lastmark = cs[ctx + F_LASTMARK];
            st.lastindex = cs[ctx + F_LASTINDEX];
            pattern += code[pattern];
            act = A_DISPATCH;
            continue main;
        }
        return internalError();
      }

      case A_BRANCH_LOOP:
        // `pattern` is at the skip of the next alternative; try those whose first character can match.
        for (; code[pattern] !== 0; pattern += code[pattern]) {
          const op = code[pattern + 1];
          if (op === C.OP_LITERAL && (ptr >= end || text[ptr] !== code[pattern + 2])) continue;
          if (op === C.OP_IN && (ptr >= end || !inCharset(code, pattern + 3, text[ptr]))) continue;
          st.ptr = ptr;
          cs[ctx + F_PATTERN] = pattern;
          cs[ctx + F_PTR] = ptr;
          ctx = pushContext(st, ctx, JUMP_BRANCH, cs[ctx + F_JT] & 1);
          cs = st.cs;
          pattern += 1;
          act = A_ENTER;
          continue main;
        }
        if (st.repeat >= 0) st.markPopDiscard(cs[ctx + F_LASTMARK]);
        ret = 0;
        act = A_EXIT;
        continue main;

      case A_REPEAT_ONE_LIT_LOOP: {
        const min = code[pattern + 1];
        const chr = cs[ctx + F_U];
        count = cs[ctx + F_COUNT];
        while (count >= min && (ptr >= end || text[ptr] !== chr)) {
          ptr--;
          count--;
        }
        cs[ctx + F_COUNT] = count;
        if (count < min) {
          if (st.repeat >= 0) st.markPopDiscard(cs[ctx + F_LASTMARK]);
          ret = 0;
          act = A_EXIT;
          continue main;
        }
        st.ptr = ptr;
        cs[ctx + F_PATTERN] = pattern;
        cs[ctx + F_PTR] = ptr;
        ctx = pushContext(st, ctx, JUMP_REPEAT_ONE_1, cs[ctx + F_JT] & 1);
        cs = st.cs;
        pattern += code[pattern];
        act = A_ENTER;
        continue main;
      }

      case A_REPEAT_ONE_LOOP:
        if (cs[ctx + F_COUNT] >= code[pattern + 1]) {
          st.ptr = ptr;
          cs[ctx + F_PATTERN] = pattern;
          cs[ctx + F_PTR] = ptr;
          ctx = pushContext(st, ctx, JUMP_REPEAT_ONE_2, cs[ctx + F_JT] & 1);
          cs = st.cs;
          pattern += code[pattern];
          act = A_ENTER;
          continue main;
        }
        if (st.repeat >= 0) st.markPopDiscard(cs[ctx + F_LASTMARK]);
        ret = 0;
        act = A_EXIT;
        continue main;

      case A_MIN_REPEAT_ONE_LOOP:
        if (code[pattern + 2] === C.MAXREPEAT || cs[ctx + F_COUNT] <= code[pattern + 2]) {
          st.ptr = ptr;
          cs[ctx + F_PATTERN] = pattern;
          cs[ctx + F_PTR] = ptr;
          ctx = pushContext(st, ctx, JUMP_MIN_REPEAT_ONE, cs[ctx + F_JT] & 1);
          cs = st.cs;
          pattern += code[pattern];
          act = A_ENTER;
          continue main;
        }
        if (st.repeat >= 0) st.markPopDiscard(cs[ctx + F_LASTMARK]);
        ret = 0;
        act = A_EXIT;
        continue main;

      case A_MAX_UNTIL_TAIL:
        // Cannot match more repeated items here: make sure the tail matches.
        rep = cs[ctx + F_U];
        st.repeat = st.rs[rep + R_PREV];
        cs[ctx + F_PATTERN] = pattern;
        cs[ctx + F_PTR] = ptr;
        ctx = pushContext(st, ctx, JUMP_MAX_UNTIL_3, cs[ctx + F_JT] & 1);
        cs = st.cs;
        act = A_ENTER;
        continue main;

      case A_POSS_MIN_LOOP:
      case A_POSS_MAX_LOOP:
      case A_POSS_DONE:
        if (act === A_POSS_MIN_LOOP) {
          // Match the minimum number of items.
          if (cs[ctx + F_COUNT] < code[pattern + 1]) {
            cs[ctx + F_PATTERN] = pattern;
            cs[ctx + F_PTR] = ptr;
            ctx = pushContext(st, ctx, JUMP_POSS_REPEAT_1, 0);
            cs = st.cs;
            pattern += 3;
            act = A_ENTER;
            continue main;
          }
          // Clear ptr so that the first round of the next loop runs.
          ptr = -1;
          act = A_POSS_MAX_LOOP;
        }
        if (act === A_POSS_MAX_LOOP) {
          // Match more items while possible, never backtracking into them.  `ptr` holds where the
          // previous round started: a round that matched the empty string ends the loop.
          const max = code[pattern + 2];
          if ((cs[ctx + F_COUNT] < max || max === C.MAXREPEAT) && st.ptr !== ptr) {
            cs[ctx + F_LASTMARK] = st.lastmark;
            cs[ctx + F_LASTINDEX] = st.lastindex;
            st.markPush(st.lastmark);
            ptr = st.ptr;
            cs[ctx + F_PATTERN] = pattern;
            cs[ctx + F_PTR] = ptr;
            ctx = pushContext(st, ctx, JUMP_POSS_REPEAT_2, 0);
            cs = st.cs;
            pattern += 3;
            act = A_ENTER;
            continue main;
          }
        }
        rep = cs[ctx + F_U];
        st.repeat = st.rs[rep + R_PREV];
        st.freeRepeat(rep);
        // the tail: skip the item and its SUCCESS
        pattern += code[pattern] + 1;
        ptr = st.ptr;
        act = A_DISPATCH;
        continue main;
    }
  }
}

/**
 * Searches for the first position from state.start where the pattern matches; returns 1 with
 * state.start and state.ptr around the match, or 0.  CPython: SRE(search)
 */
export function sreSearch(st: SreState, pattern: number): number {
  const code = st.code;
  const text = st.text;
  let ptr = st.start;
  let end = st.end;
  let status = 0;
  let prefixLen = 0;
  let prefixSkip = 0;
  let prefix = -1;
  let overlap = -1;
  let charset = -1;
  let flags = 0;

  if (ptr > end) return 0;

  if (code[pattern] === C.OP_INFO) {
    // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
    flags = code[pattern + 2];
    const min = code[pattern + 3];
    if (min !== 0 && end - ptr < min) return 0;
    if (min > 1) {
      // Leave at least one character so that a literal search works.
      end -= min - 1;
      if (end <= ptr) end = ptr;
    }
    if (flags & C.INFO_PREFIX) {
      // <length> <skip> <prefix data> <overlap data>
      prefixLen = code[pattern + 5];
      prefixSkip = code[pattern + 6];
      prefix = pattern + 7;
      overlap = prefix + prefixLen - 1;
    } else if (flags & C.INFO_CHARSET) {
      charset = pattern + 5;
    }
    pattern += 1 + code[pattern + 1];
  }

  if (prefixLen === 1) {
    // The pattern starts with a literal character.
    const c = code[prefix];
    end = st.end;
    st.mustAdvance = false;
    while (ptr < end) {
      while (text[ptr] !== c) {
        if (++ptr >= end) return 0;
      }
      st.start = ptr;
      st.ptr = ptr + prefixSkip;
      if (flags & C.INFO_LITERAL) return 1; // the prefix is the whole pattern
      status = sreMatch(st, pattern + 2 * prefixSkip, 0);
      if (status !== 0) return status;
      ++ptr;
      st.reset();
    }
    return 0;
  }

  if (prefixLen > 1) {
    // A known prefix: skip forward with the overlap table (Knuth-Morris-Pratt).
    end = st.end;
    if (prefixLen > end - ptr) return 0;
    while (ptr < end) {
      const c = code[prefix];
      while (text[ptr++] !== c) {
        if (ptr >= end) return 0;
      }
      if (ptr >= end) return 0;
      let i = 1;
      st.mustAdvance = false;
      do {
        if (text[ptr] === code[prefix + i]) {
          if (++i !== prefixLen) {
            if (++ptr >= end) return 0;
            continue;
          }
          // a candidate
          st.start = ptr - (prefixLen - 1);
          st.ptr = ptr - (prefixLen - prefixSkip - 1);
          if (flags & C.INFO_LITERAL) return 1;
          status = sreMatch(st, pattern + 2 * prefixSkip, 0);
          if (status !== 0) return status;
          if (++ptr >= end) return 0;
          st.reset();
        }
        i = code[overlap + i];
      } while (i !== 0);
    }
    return 0;
  }

  if (charset >= 0) {
    // The pattern starts with a character from a known set.
    end = st.end;
    st.mustAdvance = false;
    for (;;) {
      while (ptr < end && !inCharset(code, charset, text[ptr])) ptr++;
      if (ptr >= end) return 0;
      st.start = ptr;
      st.ptr = ptr;
      status = sreMatch(st, pattern, 0);
      if (status !== 0) break;
      ptr++;
      st.reset();
    }
  } else {
    // general case
    st.start = st.ptr = ptr;
    status = sreMatch(st, pattern, 1);
    st.mustAdvance = false;
    if (
      status === 0 &&
      code[pattern] === C.OP_AT &&
      (code[pattern + 1] === C.AT_BEGINNING || code[pattern + 1] === C.AT_BEGINNING_STRING)
    ) {
      st.start = st.ptr = end;
      return 0;
    }
    while (status === 0 && ptr < end) {
      ptr++;
      st.reset();
      st.start = st.ptr = ptr;
      status = sreMatch(st, pattern, 0);
    }
  }
  return status;
}
