// The _zoneinfo module: zoneinfo.ZoneInfo, the IANA time zones read from TZif files.  CPython:
// Modules/_zoneinfo.c (the pure Lib/zoneinfo/_zoneinfo.py is the same algorithm).
//
// The TZif file is parsed by zoneinfo._common.load_data (Python, as in CPython); this module turns its
// tuple into transition lists in UTC and in wall time (one list per fold), the local time types, and
// the rule of the POSIX TZ string footer that applies after the last transition.  Instances are
// cached per class: a WeakValueDictionary for every class, and for ZoneInfo itself also a strong LRU
// cache of the last 8 keys.
import { None, type PyValue } from '../objects/object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf, PyType_IsSubtype } from '../objects/type.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { newHeapInstance } from '../objects/heap.ts';
import { PyTuple, TupleType } from '../objects/tuple.ts';
import { PyBytes } from '../objects/bytes.ts';
import { PyDict } from '../objects/dict.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import * as A from '../objects/abstract.ts';
import { typeError, valueError, runtimeError, systemError, indexError, overflowError } from '../objects/exceptions.ts';
import { parseSignature, bindArguments } from '../objects/getargs.ts';
import { typeNameT } from '../objects/typeobject.ts';
import { gcRootProviders } from '../vm/gc-state.ts';
import { interp, type Interpreter } from '../vm/interpreter.ts';
import { importModule } from '../runtime/import.ts';
import { chainExceptions } from './_io/iobase.ts';
import { PyTZInfo, TZInfoType } from './_datetime/tz.ts';
import { PyDate } from './_datetime/date.ts';
import { PyDateTime, DateTimeType } from './_datetime/datetime.ts';
import { PyDelta, newDelta } from './_datetime/timedelta.ts';

type V = PyValue;

const EPOCHORDINAL = 719163;
const DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH = [-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

const SOURCE_NOCACHE = 0;
const SOURCE_CACHE = 1;
const SOURCE_FILE = 2;

const STRONG_CACHE_MAX_SIZE = 8;

// ---- local time types and the TZ string rule ----

/** A local time type: offset from UTC, the DST part of it, and the abbreviation.  CPython: _ttinfo */
class TTInfo {
  constructor(
    readonly utcoff: V,
    public dstoff: V,
    readonly tzname: V,
    readonly utcoffSeconds: number,
  ) {}
}

/** What utcoffset(None) and friends give for a zone whose offset varies. */
const NO_TTINFO = new TTInfo(None, None, None, 0);

/** When in a year a TZ string's DST starts or ends, as a local timestamp.  CPython: TransitionRuleType */
interface TransitionRule {
  yearToTimestamp(year: number): number;
}

/** Mm.w.d[/time]: day d (0 = Sunday) of week w (5 = the last) of month m.  CPython: CalendarRule */
class CalendarRule implements TransitionRule {
  constructor(
    readonly month: number,
    readonly week: number,
    readonly day: number,
    readonly hour: number,
    readonly minute: number,
    readonly second: number,
  ) {}

  // CPython: Modules/_zoneinfo.c calendarrule_year_to_timestamp
  yearToTimestamp(year: number): number {
    // Week 1 is the first week holding weekday `day`; week 5 its last occurrence in the month.
    const firstDay = (ymdToOrd(year, this.month, 1) + 6) % 7;
    let daysInMonth = DAYS_IN_MONTH[this.month];
    if (this.month === 2 && isLeapYear(year)) daysInMonth += 1;
    // first_day counts from Monday = 0, POSIX days from Sunday = 0: shift by one, modulo 7.
    let monthDay = (this.day - (firstDay + 1)) % 7;
    if (monthDay < 0) monthDay += 7;
    monthDay += 1 + (this.week - 1) * 7;
    if (monthDay > daysInMonth) monthDay -= 7;
    const ordinal = ymdToOrd(year, this.month, monthDay) - EPOCHORDINAL;
    return ordinal * 86400 + this.hour * 3600 + this.minute * 60 + this.second;
  }
}

/** Jn (1-based, February 29 never counted) or n (0-based, leap days counted).  CPython: DayRule */
class DayRule implements TransitionRule {
  constructor(
    readonly julian: boolean,
    readonly day: number,
    readonly hour: number,
    readonly minute: number,
    readonly second: number,
  ) {}

  // CPython: Modules/_zoneinfo.c dayrule_year_to_timestamp
  yearToTimestamp(year: number): number {
    const daysBeforeYear = ymdToOrd(year, 1, 1) - EPOCHORDINAL - 1;
    let day = this.day;
    if (this.julian && day >= 59 && isLeapYear(year)) day += 1;
    return (daysBeforeYear + day) * 86400 + this.hour * 3600 + this.minute * 60 + this.second;
  }
}

/** The rule of a POSIX TZ string: standard time, and DST between two yearly transitions.  CPython: _tzrule */
class TZRule {
  constructor(
    readonly std: TTInfo,
    readonly dst: TTInfo,
    readonly dstDiff: number,
    readonly start: TransitionRule | null,
    readonly end: TransitionRule | null,
    readonly stdOnly: boolean,
  ) {}
}

/** The per-interpreter module state: imports, and the caches.  CPython: zoneinfo_state */
class ZoneInfoState {
  findTzfile: V = None;
  ioOpen: V = None;
  commonMod: V = None;
  imported = false;
  readonly timedeltaCache = new Map<number, PyDelta>();
  weakCache: V = None;
  /** The strong LRU cache of ZoneInfo itself, most recently used first: [key, zone] pairs. */
  strongCache: [V, V][] = [];
}

const states = new WeakMap<Interpreter, ZoneInfoState>();
gcRootProviders.push(() => [states.get(interp())]);

// Differs from CPython: the imports happen on first use rather than when the module is executed,
// because a native module is created before it is in sys.modules (zoneinfo imports _zoneinfo).
function getState(): ZoneInfoState {
  const ip = interp();
  let st = states.get(ip);
  if (st === undefined) {
    st = new ZoneInfoState();
    states.set(ip, st);
  }
  if (!st.imported) {
    st.findTzfile = A.PyObject_GetAttr(importModule('zoneinfo._tzpath'), 'find_tzfile');
    st.ioOpen = A.PyObject_GetAttr(importModule('io'), 'open');
    st.commonMod = importModule('zoneinfo._common');
    st.weakCache = newWeakCache();
    st.imported = true;
  }
  return st;
}

// CPython: new_weak_cache
function newWeakCache(): V {
  return A.PyObject_CallNoArgs(A.PyObject_GetAttr(importModule('weakref'), 'WeakValueDictionary'));
}

// ---- the instance ----

export class PyZoneInfo extends PyTZInfo {
  key: V = None;
  fileRepr: string | null = null;
  transListUtc: number[] = [];
  /** Transitions in local wall time: for fold=0 and for fold=1. */
  transListWall: [number[], number[]] = [[], []];
  transTtinfos: TTInfo[] = [];
  ttinfoBefore: TTInfo | null = null;
  tzruleAfter: TZRule = new TZRule(NO_TTINFO, NO_TTINFO, 0, null, null, true);
  fixedOffset = false;
  source = SOURCE_NOCACHE;
}

function allocZoneInfo(type: PyType): PyZoneInfo {
  return type === ZoneInfoType ? new PyZoneInfo() : newHeapInstance(PyZoneInfo, type);
}

// ---- calendar helpers ----

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

// CPython: Modules/_zoneinfo.c ymd_to_ord
function ymdToOrd(y: number, m: number, d: number): number {
  y -= 1;
  const daysBeforeYear = y * 365 + Math.trunc(y / 4) - Math.trunc(y / 100) + Math.trunc(y / 400);
  let yearday = DAYS_BEFORE_MONTH[m];
  if (m > 2 && isLeapYear(y + 1)) yearday += 1;
  return daysBeforeYear + yearday + d;
}

/** bisect_right. */
function bisect(value: number, arr: readonly number[]): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (arr[m] > value) hi = m;
    else lo = m + 1;
  }
  return hi;
}

/** A C long (64-bit) from an int.  CPython: PyLong_AsLong, PyLong_AsLongLong */
function asLong(v: V): number {
  const i = A.PyNumber_Index(v);
  if (typeof i === 'bigint' && (i >= 2n ** 63n || i < -(2n ** 63n))) throw overflowError('Python int too large to convert to C long');
  return Number(i);
}

// CPython: load_timedelta (one timedelta per distinct offset)
function loadTimedelta(st: ZoneInfoState, seconds: number): PyDelta {
  let d = st.timedeltaCache.get(seconds);
  if (d === undefined) {
    d = newDelta(0, seconds, 0, true);
    st.timedeltaCache.set(seconds, d);
  }
  return d;
}

// CPython: build_ttinfo
function buildTtinfo(st: ZoneInfoState, utcoffset: number, dstoffset: number, tzname: V): TTInfo {
  return new TTInfo(loadTimedelta(st, utcoffset), loadTimedelta(st, dstoffset), tzname, utcoffset);
}

// CPython: ttinfo_eq
function ttinfoEq(a: TTInfo, b: TTInfo): boolean {
  return (
    A.PyObject_RichCompareBool(a.utcoff, b.utcoff, CompareOp.EQ) &&
    A.PyObject_RichCompareBool(a.dstoff, b.dstoff, CompareOp.EQ) &&
    A.PyObject_RichCompareBool(a.tzname, b.tzname, CompareOp.EQ)
  );
}

// CPython: build_tzrule (dstAbbr null: a rule of standard time only)
function buildTzrule(st: ZoneInfoState, stdAbbr: V, dstAbbr: V | null, stdOffset: number, dstOffset: number, start: TransitionRule | null, end: TransitionRule | null): TZRule {
  const std = buildTtinfo(st, stdOffset, 0, stdAbbr);
  if (dstAbbr === null) return new TZRule(std, NO_TTINFO, 0, start, end, true);
  const dstDiff = dstOffset - stdOffset;
  return new TZRule(std, buildTtinfo(st, dstOffset, dstDiff, dstAbbr), dstDiff, start, end, false);
}

// ---- loading a TZif file ----

/**
 * Infers how much of each DST type's offset is DST: the difference with a neighbouring standard
 * type; 1 hour where nothing better is found, so that bool(dst()) always matches isdst.
 * CPython: utcoff_to_dstoff
 */
function utcoffToDstoff(transIdx: readonly number[], utcoffs: readonly number[], isdsts: readonly boolean[]): number[] {
  const numTtinfos = utcoffs.length;
  const numTransitions = transIdx.length;
  const dstoffs = new Array<number>(numTtinfos).fill(0);
  const dstCount = numTtinfos;
  let dstFound = 0;
  for (let i = 1; i < numTransitions; i++) {
    if (dstCount === dstFound) break;
    const idx = transIdx[i];
    let compIdx = transIdx[i - 1];
    if (!isdsts[idx] || dstoffs[idx] !== 0) continue;
    let dstoff = 0;
    const utcoff = utcoffs[idx];
    if (!isdsts[compIdx]) dstoff = utcoff - utcoffs[compIdx];
    if (!dstoff && idx < numTtinfos - 1 && i + 1 < numTransitions) {
      compIdx = transIdx[i + 1];
      // The next transition is DST too: leave this one for a later transition to settle.
      if (isdsts[compIdx]) continue;
      dstoff = utcoff - utcoffs[compIdx];
    }
    if (dstoff) {
      dstFound++;
      dstoffs[idx] = dstoff;
    }
  }
  if (dstFound < dstCount) {
    for (let idx = 0; idx < numTtinfos; idx++) if (isdsts[idx] && !dstoffs[idx]) dstoffs[idx] = 3600;
  }
  return dstoffs;
}

/**
 * The transitions in local wall time (nominal seconds since 1970-01-01T00:00 local): around each
 * transition two offsets apply, and a local time is disambiguated by fold, so list 0 takes the
 * larger offset (where the fold or gap starts) and list 1 the smaller.  CPython: ts_to_local
 */
function tsToLocal(transIdx: readonly number[], transUtc: readonly number[], utcoff: readonly number[]): [number[], number[]] {
  const n = transUtc.length;
  if (n === 0) return [[], []];
  const wall0 = transUtc.slice();
  const wall1 = transUtc.slice();
  let off0 = utcoff[0];
  let off1 = utcoff.length > 1 ? utcoff[transIdx[0]] : utcoff[0];
  if (off1 > off0) [off0, off1] = [off1, off0];
  wall0[0] = addInt64(wall0[0], off0);
  wall1[0] = addInt64(wall1[0], off1);
  for (let i = 1; i < n; i++) {
    off0 = utcoff[transIdx[i - 1]];
    off1 = utcoff[transIdx[i]];
    if (off1 > off0) [off0, off1] = [off1, off0];
    wall0[i] = addInt64(wall0[i], off0);
    wall1[i] = addInt64(wall1[i], off1);
  }
  return [wall0, wall1];
}

/**
 * t + off wrapping around as CPython's int64_t sum does on the machines it runs on (transition times
 * near +-2**63 are legal in TZif files).  Differs from CPython: times beyond 2**53 are doubles, so
 * the wrap point is exact only to their precision.
 */
function addInt64(t: number, off: number): number {
  const r = t + off;
  if (r > 2 ** 63) return r - 2 ** 64;
  if (r < -(2 ** 63)) return r + 2 ** 64;
  return r;
}

function tupleItem(t: V, i: number): V {
  if (!(t instanceof PyTuple)) throw systemError('bad argument to internal function');
  if (i < 0 || i >= t.items.length) throw indexError('tuple index out of range');
  return t.items[i];
}

function tupleSize(t: V): number {
  if (!(t instanceof PyTuple)) throw systemError('bad argument to internal function');
  return t.items.length;
}

/** Fills a ZoneInfo from a TZif file object.  CPython: load_data */
function loadData(st: ZoneInfoState, self: PyZoneInfo, fileObj: V): void {
  const data = A.PyObject_CallMethod(st.commonMod, 'load_data', [fileObj]);
  if (typeOf(data) !== TupleType) throw typeError(`Invalid data result type: ${A.PyObject_Repr(data)}`);
  const transIdxList = tupleItem(data, 0);
  const transUtc = tupleItem(data, 1);
  const utcoffList = tupleItem(data, 2);
  const isdstList = tupleItem(data, 3);
  const abbr = tupleItem(data, 4);
  const tzStr = tupleItem(data, 5);
  const numTransitions = tupleSize(transUtc);
  const numTtinfos = tupleSize(utcoffList);

  const transListUtc: number[] = [];
  const transIdx: number[] = [];
  for (let i = 0; i < numTransitions; i++) {
    transListUtc.push(asLong(tupleItem(transUtc, i)));
    const idx = asLong(tupleItem(transIdxList, i));
    if (idx < 0 || idx >= numTtinfos) throw valueError(`Invalid transition index found while reading TZif: ${idx}`);
    transIdx.push(idx);
  }
  const utcoff: number[] = [];
  const isdst: boolean[] = [];
  for (let i = 0; i < numTtinfos; i++) {
    utcoff.push(asLong(tupleItem(utcoffList, i)));
    isdst.push(A.PyObject_IsTrue(tupleItem(isdstList, i)));
  }
  const dstoff = utcoffToDstoff(transIdx, utcoff, isdst);
  const wall = tsToLocal(transIdx, transListUtc, utcoff);
  const ttinfos: TTInfo[] = [];
  for (let i = 0; i < numTtinfos; i++) ttinfos.push(buildTtinfo(st, utcoff[i], dstoff[i], tupleItem(abbr, i)));

  // Before the first transition: the first standard type, else the first type at all.
  let before: TTInfo | null = null;
  for (let i = 0; i < numTtinfos; i++) {
    if (!isdst[i]) {
      before = ttinfos[i];
      break;
    }
  }
  if (before === null && numTtinfos > 0) before = ttinfos[0];

  let rule: TZRule;
  if (tzStr !== None && A.PyObject_IsTrue(tzStr)) {
    rule = parseTzStr(st, tzStr);
  } else {
    if (!numTtinfos) throw valueError('No time zone information found.');
    const tti = ttinfos[numTransitions ? transIdx[numTransitions - 1] : numTtinfos - 1];
    // A standard-only rule that repeats the last type, keeping its DST part when it is a DST type.
    rule = buildTzrule(st, tti.tzname, null, tti.utcoffSeconds, 0, null, null);
    if (A.PyObject_IsTrue(tti.dstoff)) rule.std.dstoff = tti.dstoff;
  }

  // A fixed-offset zone: utcoffset(), dst() and tzname() do not depend on the datetime (what
  // datetime.time needs).  Assumes distinct types differ and that no type goes unused.
  let fixed: boolean;
  if (numTtinfos > 1 || !rule.stdOnly) fixed = false;
  else if (numTtinfos === 0) fixed = true;
  else fixed = ttinfoEq(ttinfos[0], rule.std);

  self.transListUtc = transListUtc;
  self.transListWall = wall;
  self.transTtinfos = transIdx.map((i) => ttinfos[i]);
  self.ttinfoBefore = before;
  self.tzruleAfter = rule;
  self.fixedOffset = fixed;
}

// ---- the POSIX TZ string ----

/** A cursor over the TZ string's bytes; 0 past the end (and from an embedded NUL on), as a C string. */
class TZCursor {
  pos = 0;
  constructor(readonly s: Uint8Array) {}
  get c(): number {
    return this.pos < this.s.length ? this.s[this.pos] : 0;
  }
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Parses min..max digits; null if fewer than min.  CPython: parse_digits */
function parseDigits(p: TZCursor, min: number, max: number): number | null {
  let value = 0;
  for (let i = 0; i < max; i++, p.pos++) {
    if (!isDigit(p.c)) return i < min ? null : value;
    value = value * 10 + (p.c - 0x30);
  }
  return value;
}

/** std or dst: letters, or <...> holding letters, digits, '+' and '-'.  CPython: parse_abbr */
function parseAbbr(p: TZCursor): string | null {
  let ptr = p.pos;
  const s = p.s;
  const at = (i: number) => (i < s.length ? s[i] : 0);
  let start: number;
  let end: number;
  if (at(ptr) === 0x3c /* < */) {
    ptr++;
    start = ptr;
    for (let c = at(ptr); c !== 0x3e /* > */; c = at(++ptr)) {
      if (!isAlpha(c) && !isDigit(c) && c !== 0x2b && c !== 0x2d) return null;
    }
    end = ptr;
    if (end === start) return null;
    ptr++;
  } else {
    start = ptr;
    while (isAlpha(at(ptr))) ptr++;
    end = ptr;
    if (end === start) return null;
  }
  p.pos = ptr;
  return String.fromCharCode(...s.subarray(start, end));
}

/** [+|-]h[hh][:mm[:ss]] as signed [hour, minute, second].  CPython: parse_transition_time */
function parseTransitionTime(p: TZCursor): [number, number, number] | null {
  const save = p.pos;
  let sign = 1;
  if (p.c === 0x2d || p.c === 0x2b) {
    if (p.c === 0x2d) sign = -1;
    p.pos++;
  }
  const fail = () => ((p.pos = save), null);
  const hour = parseDigits(p, 1, 3);
  if (hour === null) return fail();
  let minute = 0;
  let second = 0;
  if (p.c === 0x3a /* : */) {
    p.pos++;
    const m = parseDigits(p, 2, 2);
    if (m === null) return fail();
    minute = m * sign;
    if (p.c === 0x3a) {
      p.pos++;
      const sec = parseDigits(p, 2, 2);
      if (sec === null) return fail();
      second = sec * sign;
    }
  }
  return [hour * sign, minute, second];
}

/** A UTC offset; a positive offset in the string is west of Greenwich.  CPython: parse_tz_delta */
function parseTzDelta(p: TZCursor): number | null {
  const t = parseTransitionTime(p);
  if (t === null) return null;
  const [hours, minutes, seconds] = t;
  if (hours > 24 || hours < -24) return null;
  return -(hours * 3600 + minutes * 60 + seconds);
}

/** date[/time] of one transition: Mm.w.d, Jn or n; the time defaults to 02:00.  CPython: parse_transition_rule */
function parseTransitionRule(p: TZCursor): TransitionRule | null {
  let hour = 2;
  let minute = 0;
  let second = 0;
  const readTime = (): boolean => {
    if (p.c !== 0x2f /* / */) return true;
    p.pos++;
    const t = parseTransitionTime(p);
    if (t === null) return false;
    [hour, minute, second] = t;
    return true;
  };
  if (p.c === 0x4d /* M */) {
    p.pos++;
    const month = parseDigits(p, 1, 2);
    if (month === null || p.s[p.pos++] !== 0x2e) return null;
    const week = parseDigits(p, 1, 1);
    if (week === null || p.s[p.pos++] !== 0x2e) return null;
    const day = parseDigits(p, 1, 1);
    if (day === null || !readTime()) return null;
    // CPython: calendarrule_new (its messages are replaced by the caller's)
    if (month < 1 || month > 12 || week < 1 || week > 5 || day > 6 || hour < -167 || hour > 167) return null;
    return new CalendarRule(month, week, day, hour, minute, second);
  }
  let julian = false;
  if (p.c === 0x4a /* J */) {
    julian = true;
    p.pos++;
  }
  const day = parseDigits(p, 1, 3);
  if (day === null || !readTime()) return null;
  // CPython: dayrule_new
  if (day < (julian ? 1 : 0) || day > 365 || hour < -167 || hour > 167) return null;
  return new DayRule(julian, day, hour, minute, second);
}

/**
 * std offset[dst[offset],start[/time],end[/time]] (POSIX.1-2018 §8.3, with RFC 8536's signed
 * transition hours up to 167).  CPython: parse_tz_str
 */
function parseTzStr(st: ZoneInfoState, tzStrObj: V): TZRule {
  if (!(tzStrObj instanceof PyBytes)) throw typeError(`expected bytes, ${typeOf(tzStrObj).tp_name} found`);
  const nul = tzStrObj.data.indexOf(0);
  const p = new TZCursor(nul < 0 ? tzStrObj.data : tzStrObj.data.subarray(0, nul));
  const r = A.PyObject_Repr(tzStrObj);
  const stdAbbr = parseAbbr(p);
  if (stdAbbr === null) throw valueError(`Invalid STD format in ${r}`);
  const stdOffset = parseTzDelta(p);
  if (stdOffset === null) throw valueError(`Invalid STD offset in ${r}`);
  if (p.c === 0) return buildTzrule(st, stdAbbr, null, stdOffset, 0, null, null);
  const dstAbbr = parseAbbr(p);
  if (dstAbbr === null) throw valueError(`Invalid DST format in ${r}`);
  let dstOffset: number;
  if (p.c === 0x2c /* , */) {
    // Without an offset, DST is one hour ahead of standard time.
    dstOffset = stdOffset + 3600;
  } else {
    const off = parseTzDelta(p);
    if (off === null) throw valueError(`Invalid DST offset in ${r}`);
    dstOffset = off;
  }
  const rules: TransitionRule[] = [];
  for (let i = 0; i < 2; i++) {
    if (p.c !== 0x2c) throw valueError(`Missing transition rules in TZ string: ${r}`);
    p.pos++;
    const rule = parseTransitionRule(p);
    if (rule === null) throw valueError(`Malformed transition rule in TZ string: ${r}`);
    rules.push(rule);
  }
  if (p.c !== 0) throw valueError(`Extraneous characters at end of TZ string: ${r}`);
  return buildTzrule(st, stdAbbr, dstAbbr, stdOffset, dstOffset, rules[0], rules[1]);
}

// ---- finding the local time type ----

/** The rule's type at local timestamp `ts` (fold disambiguating).  CPython: find_tzrule_ttinfo */
function findTzruleTtinfo(rule: TZRule, ts: number, fold: number, year: number): TTInfo {
  if (rule.stdOnly) return rule.std;
  let start = rule.start!.yearToTimestamp(year);
  let end = rule.end!.yearToTimestamp(year);
  // With fold=0 the period with the smaller offset runs from the end of the gap to the end of the
  // fold; with fold=1 from the start of the gap to the start of the fold: it depends on fold XOR
  // whether DST is ahead of standard time.
  if (fold === (rule.dstDiff >= 0 ? 1 : 0)) end -= rule.dstDiff;
  else start += rule.dstDiff;
  const isdst = start < end ? ts >= start && ts < end : ts < end || ts >= start;
  return isdst ? rule.dst : rule.std;
}

/** The rule's type at UTC timestamp `ts`, and whether that local time is the second of a fold.  CPython: find_tzrule_ttinfo_fromutc */
function findTzruleTtinfoFromutc(rule: TZRule, ts: number, year: number): [TTInfo, number] {
  if (rule.stdOnly) return [rule.std, 0];
  const start = rule.start!.yearToTimestamp(year) - rule.std.utcoffSeconds;
  const end = rule.end!.yearToTimestamp(year) - rule.dst.utcoffSeconds;
  const isdst = start < end ? ts >= start && ts < end : ts < end || ts >= start;
  // The ambiguous hour follows the end of positive DST, or precedes the start of negative DST.
  let ambigStart: number;
  let ambigEnd: number;
  if (rule.dstDiff > 0) {
    ambigStart = end;
    ambigEnd = end + rule.dstDiff;
  } else {
    ambigStart = start;
    ambigEnd = start - rule.dstDiff;
  }
  const fold = ts >= ambigStart && ts < ambigEnd ? 1 : 0;
  return [isdst ? rule.dst : rule.std, fold];
}

/** Seconds since 1970-01-01T00:00 of dt's wall time, in the units of transListWall.  CPython: get_local_timestamp */
function getLocalTimestamp(dt: V): number {
  let ord: number;
  let hour: number;
  let minute: number;
  let second: number;
  if (typeOf(dt) === DateTimeType) {
    const d = dt as PyDateTime;
    ord = ymdToOrd(d.year, d.month, d.day);
    hour = d.hour;
    minute = d.minute;
    second = d.second;
  } else {
    ord = asLong(A.PyObject_CallMethod(dt, 'toordinal', []));
    hour = asLong(A.PyObject_GetAttr(dt, 'hour'));
    minute = asLong(A.PyObject_GetAttr(dt, 'minute'));
    second = asLong(A.PyObject_GetAttr(dt, 'second'));
  }
  return (ord - EPOCHORDINAL) * 86400 + hour * 3600 + minute * 60 + second;
}

// Differs from CPython: for an argument that is not a datetime, CPython reads the fold and year
// fields of the struct regardless; here they come from its attributes.
function foldOf(dt: V): number {
  if (dt instanceof PyDateTime) return dt.fold;
  return A.PyObject_IsTrue(A.PyObject_GetAttr(dt, 'fold')) ? 1 : 0;
}

function yearOf(dt: V): number {
  if (dt instanceof PyDate) return dt.year;
  return asLong(A.PyObject_GetAttr(dt, 'year'));
}

/** The local time type at datetime dt.  CPython: find_ttinfo */
function findTtinfo(self: PyZoneInfo, dt: V): TTInfo {
  // datetime.time passes None: only meaningful for a fixed-offset zone.
  if (dt === None) return self.fixedOffset ? self.tzruleAfter.std : NO_TTINFO;
  const ts = getLocalTimestamp(dt);
  const fold = foldOf(dt);
  const local = self.transListWall[fold];
  const n = local.length;
  if (n && ts < local[0]) return self.ttinfoBefore!;
  if (!n || ts > local[n - 1]) return findTzruleTtinfo(self.tzruleAfter, ts, fold, yearOf(dt));
  return self.transTtinfos[bisect(ts, local) - 1];
}

// ---- creating instances and the caches ----

/** A new instance of `type` loaded from the file TZPATH (or the tzdata package) has for key.  CPython: zoneinfo_new_instance */
function newInstance(st: ZoneInfoState, type: PyType, key: V): PyZoneInfo {
  const filePath = A.PyObject_Call(st.findTzfile, [key]);
  let fileObj: V | null = null;
  if (filePath === None) fileObj = A.PyObject_CallMethod(st.commonMod, 'load_tzdata', [key]);
  const self = allocZoneInfo(type);
  try {
    if (fileObj === null) fileObj = A.PyObject_Call(st.ioOpen, [filePath, 'rb']);
    loadData(st, self, fileObj);
  } catch (e) {
    if (fileObj !== null) {
      try {
        A.PyObject_CallMethod(fileObj, 'close', []);
      } catch (e2) {
        throw chainExceptions(e, e2);
      }
    }
    throw e;
  }
  A.PyObject_CallMethod(fileObj, 'close', []);
  self.key = key;
  return self;
}

// CPython: get_weak_cache
function getWeakCache(st: ZoneInfoState, type: PyType): V {
  return type === ZoneInfoType ? st.weakCache : A.PyObject_GetAttr(type, '_weak_cache');
}

/** Index of key in the strong cache, or -1 (comparisons may raise).  CPython: find_in_strong_cache */
function findInStrongCache(st: ZoneInfoState, key: V): number {
  const cache = st.strongCache;
  for (let i = 0; i < cache.length; i++) {
    if (A.PyObject_RichCompareBool(key, cache[i][0], CompareOp.EQ)) return i;
  }
  return -1;
}

// CPython: zone_from_strong_cache (the strong cache is ZoneInfo's own, subclasses have none)
function zoneFromStrongCache(st: ZoneInfoState, type: PyType, key: V): V | null {
  if (type !== ZoneInfoType) return null;
  const i = findInStrongCache(st, key);
  if (i < 0) return null;
  const [node] = st.strongCache.splice(i, 1);
  st.strongCache.unshift(node);
  return node[1];
}

// CPython: update_strong_cache
function updateStrongCache(st: ZoneInfoState, type: PyType, key: V, zone: V): void {
  if (type !== ZoneInfoType) return;
  st.strongCache.unshift([key, zone]);
  if (st.strongCache.length > STRONG_CACHE_MAX_SIZE) st.strongCache.length = STRONG_CACHE_MAX_SIZE;
}

// CPython: eject_from_strong_cache
function ejectFromStrongCache(st: ZoneInfoState, type: PyType, key: V): void {
  if (type !== ZoneInfoType) return;
  const i = findInStrongCache(st, key);
  if (i >= 0) st.strongCache.splice(i, 1);
}

const NEW_SIG = parseSignature('(key)');

// CPython: zoneinfo_ZoneInfo_impl
function zoneinfoNew(type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  const [key] = bindArguments(NEW_SIG, { short: 'ZoneInfo', funcStr: 'ZoneInfo()' }, args, kwnames) as V[];
  return zoneinfoFromCache(type, key);
}

function zoneinfoFromCache(type: PyType, key: V): V {
  const st = getState();
  const hit = zoneFromStrongCache(st, type, key);
  if (hit !== null) return hit;
  const weakCache = getWeakCache(st, type);
  let instance = A.PyObject_CallMethod(weakCache, 'get', [key, None]);
  if (instance === None) {
    const tmp = newInstance(st, type, key);
    tmp.source = SOURCE_CACHE;
    instance = A.PyObject_CallMethod(weakCache, 'setdefault', [key, tmp]);
  }
  if (!PyType_IsSubtype(typeOf(instance), type)) {
    const shortName = type.tp_name.slice(type.tp_name.lastIndexOf('.') + 1);
    throw runtimeError(`Unexpected instance of ${typeNameT(typeOf(instance))} in ${shortName} weak cache for key ${A.PyObject_Repr(key)}`);
  }
  updateStrongCache(st, type, key, instance);
  return instance;
}

// CPython: zoneinfo_ZoneInfo_from_file_impl
function zoneinfoFromFile(type: PyType, fileObj: V, key: V | undefined): V {
  const self = allocZoneInfo(type);
  const fileRepr = A.PyObject_Repr(fileObj);
  loadData(getState(), self, fileObj);
  self.source = SOURCE_FILE;
  self.fileRepr = fileRepr;
  self.key = key ?? None;
  return self;
}

// CPython: zoneinfo_ZoneInfo_no_cache_impl
function zoneinfoNoCache(type: PyType, key: V): V {
  const out = newInstance(getState(), type, key);
  out.source = SOURCE_NOCACHE;
  return out;
}

// CPython: zoneinfo_ZoneInfo_clear_cache_impl
function zoneinfoClearCache(type: PyType, onlyKeys: V | undefined): V {
  const st = getState();
  const weakCache = getWeakCache(st, type);
  if (onlyKeys === undefined || onlyKeys === None) {
    A.PyObject_CallMethod(weakCache, 'clear', []);
    if (type === ZoneInfoType) st.strongCache = [];
    return None;
  }
  const it = A.PyObject_GetIter(onlyKeys);
  for (let item = A.PyIter_Next(it); item !== undefined; item = A.PyIter_Next(it)) {
    ejectFromStrongCache(st, type, item);
    A.PyObject_CallMethod(weakCache, 'pop', [item, None]);
  }
  return None;
}

// ---- tzinfo methods ----

/** Methods taking the defining class bind their arguments as _PyArg_UnpackKeywords does. */
const ANY_ARGS = '($self, *args, **kwargs)';

/**
 * Binds `n` positional-only arguments with the messages of _PyArg_UnpackKeywords (which Argument
 * Clinic uses for methods that take the defining class).  CPython: Python/getargs.c
 */
function unpackPositional(fname: string, args: readonly V[], kwargs: PyDict | null, n: number): V[] {
  const nargs = args.length;
  const nkw = kwargs === null ? 0 : kwargs.size;
  const s = n === 1 ? '' : 's';
  if (nargs + nkw > n) throw typeError(`${fname}() takes at most ${n} ${nargs === 0 ? 'keyword ' : ''}argument${s} (${nargs + nkw} given)`);
  if (nargs < n) throw typeError(`${fname}() takes exactly ${n} positional argument${s} (${nargs} given)`);
  return args as V[];
}

function zoneinfoUtcoffset(self: PyZoneInfo, args: V[], kwargs: PyDict | null): V {
  return findTtinfo(self, unpackPositional('utcoffset', args, kwargs, 1)[0]).utcoff;
}

function zoneinfoDst(self: PyZoneInfo, args: V[], kwargs: PyDict | null): V {
  return findTtinfo(self, unpackPositional('dst', args, kwargs, 1)[0]).dstoff;
}

function zoneinfoTzname(self: PyZoneInfo, args: V[], kwargs: PyDict | null): V {
  return findTtinfo(self, unpackPositional('tzname', args, kwargs, 1)[0]).tzname;
}

// CPython: zoneinfo_fromutc
function zoneinfoFromutc(self: V, dt: V): V {
  if (!(dt instanceof PyDateTime)) throw typeError('fromutc: argument must be a datetime');
  if (dt.tzinfo !== self) throw valueError('fromutc: dt.tzinfo is not self');
  const z = self as PyZoneInfo;
  const timestamp = getLocalTimestamp(dt);
  const utc = z.transListUtc;
  const n = utc.length;
  let tti: TTInfo;
  let fold = 0;
  if (n >= 1 && timestamp < utc[0]) {
    tti = z.ttinfoBefore!;
  } else if (n === 0 || timestamp > utc[n - 1]) {
    [tti, fold] = findTzruleTtinfoFromutc(z.tzruleAfter, timestamp, dt.year);
    // Just after the last listed transition, the fold is between the last listed type and the
    // rule's, not between the rule's standard and DST types.
    if (n) {
      const prev = n === 1 ? z.ttinfoBefore! : z.transTtinfos[n - 2];
      const diff = prev.utcoffSeconds - tti.utcoffSeconds;
      if (diff > 0 && timestamp < utc[n - 1] + diff) fold = 1;
    }
  } else {
    const idx = bisect(timestamp, utc);
    const prev = idx >= 2 ? z.transTtinfos[idx - 2] : z.ttinfoBefore!;
    tti = idx >= 2 ? z.transTtinfos[idx - 1] : z.transTtinfos[0];
    const shift = prev.utcoffSeconds - tti.utcoffSeconds;
    if (shift > timestamp - utc[idx - 1]) fold = 1;
  }
  const tmp = A.PyNumber_Add(dt, tti.utcoff);
  if (!fold) return tmp;
  if (typeOf(tmp) === DateTimeType) {
    const d = tmp as PyDateTime;
    return new PyDateTime(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, 1);
  }
  return A.PyObject_Call(A.PyObject_GetAttr(tmp, 'replace'), [1], ['fold']);
}

// CPython: zoneinfo_repr
function zoneinfoRepr(v: V): string {
  const self = v as PyZoneInfo;
  const name = typeNameT(typeOf(self));
  if (self.key !== None) return `${name}(key=${A.PyObject_Repr(self.key)})`;
  return `${name}.from_file(${self.fileRepr ?? ''})`;
}

// CPython: zoneinfo_str
function zoneinfoStr(v: V): string {
  const self = v as PyZoneInfo;
  if (self.key === None) return zoneinfoRepr(v);
  if (!isStrValue(self.key)) throw typeError(`__str__ returned non-string (type ${typeOf(self.key).tp_name})`);
  return strValue(self.key);
}

/**
 * Pickled by key, with whether it came from the cache (so that unpickling hits the cache only
 * then); zones read from a file object cannot be pickled.  CPython: zoneinfo_reduce
 */
function zoneinfoReduce(v: V): V {
  const self = v as PyZoneInfo;
  if (self.source === SOURCE_FILE) {
    const picklingError = A.PyObject_GetAttr(importModule('pickle'), 'PicklingError');
    throw A.PyObject_Call(picklingError, ['Cannot pickle a ZoneInfo file from a file stream.']);
  }
  const constructor = A.PyObject_GetAttr(v, '_unpickle');
  return new PyTuple([constructor, new PyTuple([self.key, self.source === SOURCE_CACHE ? 1 : 0])]);
}

// CPython: zoneinfo_ZoneInfo__unpickle_impl
function zoneinfoUnpickle(type: PyType, args: V[], kwargs: PyDict | null): V {
  const [key, fromCache] = unpackPositional('_unpickle', args, kwargs, 2);
  // unsigned_char(bitwise=True): the low 8 bits.
  const bits = BigInt(A.PyNumber_Index(fromCache)) & 0xffn;
  if (bits) return zoneinfoFromCache(type, key);
  return newInstance(getState(), type, key);
}

// CPython: zoneinfo_init_subclass (each subclass gets its own weak cache)
function zoneinfoInitSubclass(cls: V, _args: V[], _kwargs: PyDict | null): V {
  A.PyObject_SetAttr(cls, '_weak_cache', newWeakCache());
  return None;
}

// Differs from CPython: a static type, as pyts's other native types (CPython makes it from a spec, a
// heap type, so gc.is_tracked(ZoneInfo) is True there).
export const ZoneInfoType: PyType = defineBuiltinType({
  name: 'zoneinfo.ZoneInfo',
  // CPython's type has no tp_doc (its clinic docstring is unused): __doc__ and __text_signature__ are None.
  doc: null,
  flags: TPFLAGS.BASETYPE | TPFLAGS.HAVE_GC,
  base: () => TZInfoType,
  instanceClass: PyZoneInfo,
  alloc: allocZoneInfo,
  weakrefable: true,
  slots: { tp_new: zoneinfoNew, tp_repr: zoneinfoRepr, tp_str: zoneinfoStr },
  methods: {
    clear_cache: { sig: '($type, /, *, only_keys=None)', kind: 'classmethod', impl: zoneinfoClearCache, doc: 'Clear the ZoneInfo cache.' },
    no_cache: { sig: '($type, /, key)', kind: 'classmethod', impl: zoneinfoNoCache, doc: 'Get a new instance of ZoneInfo, bypassing the cache.' },
    from_file: { sig: '($type, file_obj, /, key=None)', kind: 'classmethod', impl: zoneinfoFromFile, doc: 'Create a ZoneInfo file from a file object.' },
    utcoffset: { sig: '($self, dt, /)', callSig: ANY_ARGS, impl: zoneinfoUtcoffset, doc: 'Retrieve a timedelta representing the UTC offset in a zone at the given datetime.' },
    dst: { sig: '($self, dt, /)', callSig: ANY_ARGS, impl: zoneinfoDst, doc: 'Retrieve a timedelta representing the amount of DST applied in a zone at the given datetime.' },
    tzname: {
      sig: '($self, dt, /)',
      callSig: ANY_ARGS,
      impl: zoneinfoTzname,
      doc: 'Retrieve a string containing the abbreviation for the time zone that applies in a zone at a given datetime.',
    },
    fromutc: { sig: '($self, dt, /)', textSignature: '($self, object, /)', impl: zoneinfoFromutc, doc: 'Given a datetime with local time in UTC, retrieve an adjusted datetime in local time.' },
    __reduce__: { sig: '($self, /)', impl: zoneinfoReduce, doc: 'Function for serialization with the pickle protocol.' },
    _unpickle: { sig: '($type, key, from_cache, /)', callSig: '($type, *args, **kwargs)', kind: 'classmethod', impl: zoneinfoUnpickle, doc: 'Private method used in unpickling.' },
    __init_subclass__: { sig: '($type, *args, **kwargs)', textSignature: null, kind: 'classmethod', impl: zoneinfoInitSubclass, doc: 'Function to initialize subclasses.' },
  },
  members: {
    key: { get: (self: PyZoneInfo) => self.key },
  },
  // A type made from a spec (a heap type in CPython) holds both in its dict.
  attrs: () => ({ __module__: 'zoneinfo', __doc__: None }),
});

// CPython: zoneinfomodule_exec (PyDateTime_IMPORT: without the native _datetime there is no
// datetime.datetime_CAPI and the import fails, so that zoneinfo falls back on its pure version)
function zoneinfoExec(): void {
  A.PyObject_GetAttr(importModule('datetime'), 'datetime_CAPI');
}

export const zoneinfoModule = defineModule({
  name: '_zoneinfo',
  doc: 'C implementation of the zoneinfo module',
  constants: () => ({ ZoneInfo: ZoneInfoType }),
  init: zoneinfoExec,
});
