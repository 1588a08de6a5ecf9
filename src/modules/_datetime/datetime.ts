// datetime.time and datetime.datetime.  CPython: Modules/_datetimemodule.c (time_*, datetime_*, the tzinfo
// call helpers, the ISO 8601 parsers, local time through the time module).
import { None, NotImplemented, PyObject } from '../../objects/object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf, PyType_IsSubtype } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyFloat } from '../../objects/float.ts';
import { IntType } from '../../objects/int.ts';
import * as A from '../../objects/abstract.ts';
import { typeError, valueError, overflowError, PyExc_DeprecationWarning } from '../../objects/exceptions.ts';
import { isStrValue, strValue } from '../../objects/boxes.ts';
import { numberWarning } from '../../objects/float/warn.ts';
import { builtinImport } from '../../runtime/import.ts';
import { MAX_ORDINAL, daysInMonth, ymdToOrd, ordToYmd, cInt, pad, floorDivMod, pyInt, type V } from './common.ts';
import { PyDelta, newDelta, deltaToMicroseconds, microsecondsToDelta, cmpResult } from './timedelta.ts';
import {
  PyDate, DateType, checkDateArgs, isoformatDate, parseIsoDate, formatCtime, buildStructTime, wrapStrftime, formatUtcoffset,
  dateTimeTypeRef,
} from './date.ts';
import { PyTZInfo, TZInfoType, datetimeHooks, newTimezone, utc } from './tz.ts';

// ---- shared checks ----

/** CPython: check_time_args */
function checkTimeArgs(h: number, m: number, s: number, us: number, fold: number): void {
  if (h < 0 || h > 23) throw valueError(`hour must be in 0..23, not ${h}`);
  if (m < 0 || m > 59) throw valueError(`minute must be in 0..59, not ${m}`);
  if (s < 0 || s > 59) throw valueError(`second must be in 0..59, not ${s}`);
  if (us < 0 || us > 999999) throw valueError(`microsecond must be in 0..999999, not ${us}`);
  if (fold !== 0 && fold !== 1) throw valueError(`fold must be either 0 or 1, not ${fold}`);
}

/** CPython: check_tzinfo_subclass */
function checkTzinfo(p: V): void {
  if (p === None || p instanceof PyTZInfo) return;
  throw typeError(`tzinfo argument must be None or of a tzinfo subclass, not type '${typeOf(p).tp_name}'`);
}

/** tzinfo.utcoffset(arg) or tzinfo.dst(arg), checked.  CPython: call_tzinfo_method */
function callTzinfoMethod(tzinfo: V, name: 'utcoffset' | 'dst', arg: V): V {
  if (tzinfo === None) return None;
  const off = A.PyObject_CallMethod(tzinfo, name, [arg]);
  if (off === None) return None;
  if (!(off instanceof PyDelta)) throw typeError(`tzinfo.${name}() must return None or timedelta, not '${typeOf(off).tp_name}'`);
  if ((off.days === -1 && off.seconds === 0 && off.microseconds < 1) || off.days < -1 || off.days >= 1) {
    throw valueError(`offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${A.PyObject_Repr(off)}`);
  }
  return off;
}

/** CPython: call_tzname */
function callTzname(tzinfo: V, arg: V): V {
  if (tzinfo === None) return None;
  const r = A.PyObject_CallMethod(tzinfo, 'tzname', [arg]);
  if (r !== None && !isStrValue(r)) throw typeError(`tzinfo.tzname() must return None or a string, not '${typeOf(r).tp_name}'`);
  return r;
}

function timeModule(): V {
  return builtinImport('time', None, None, None, 0);
}

/** Keyword dict -> (args, kwnames) for the argument binders. */
function withKw(args: readonly V[], kw: PyDict | null): [V[], string[] | null] {
  const all = [...args];
  if (kw === null || kw.size === 0) return [all, null];
  const names: string[] = [];
  for (let i = kw.next(0); i >= 0; i = kw.next(i + 1)) {
    names.push(strValue(kw.keys[i]));
    all.push(kw.values[i]);
  }
  return [all, names];
}

/**
 * Binds arguments the way PyArg_ParseTupleAndKeywords does for `fname` (null: a format without a name,
 * as the constructors': "function takes...", "this function got...").
 */
function bindKw(fname: string | null, params: readonly string[], kwOnly: readonly string[], args: readonly V[], kwnames: readonly string[] | null, required: number): (V | undefined)[] {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  const all = [...params, ...kwOnly];
  const f = fname === null ? 'function' : `${fname}()`;
  if (npos > params.length) {
    throw typeError(`${f} takes at most ${params.length} positional argument${params.length === 1 ? '' : 's'} (${npos} given)`);
  }
  const vals: (V | undefined)[] = all.map((_, i) => (i < npos ? args[i] : undefined));
  for (let k = 0; k < nkw; k++) {
    const idx = all.indexOf(kwnames![k]);
    if (idx < 0) throw typeError(`${fname === null ? 'this function' : f} got an unexpected keyword argument '${kwnames![k]}'`);
    if (idx < npos) throw typeError(`argument for ${f} given by name ('${all[idx]}') and position (${idx + 1})`);
    vals[idx] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (vals[i] === undefined) throw typeError(`${f} missing required argument '${all[i]}' (pos ${i + 1})`);
  }
  return vals;
}

/** A pickle state given as a str (Python 2 pickles loaded with encoding='latin1') as bytes. */
function latin1State(v: V, n: number): V {
  if (!isStrValue(v)) return v;
  const s = strValue(v);
  if (s.length !== n) return v;
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 255) return v;
    b[i] = c;
  }
  return new PyBytes(b);
}

// ---- time ----

export class PyTime extends PyObject {
  hashcode: number | bigint | null = null;
  constructor(
    readonly hour: number,
    readonly minute: number,
    readonly second: number,
    readonly microsecond: number,
    readonly tzinfo: V,
    readonly fold: number,
  ) {
    super();
  }
}

function newTime(h: number, m: number, s: number, us: number, tzinfo: V, fold: number, type: PyType = TimeType): V {
  checkTimeArgs(h, m, s, us, fold);
  checkTzinfo(tzinfo);
  if (type === TimeType) return new PyTime(h, m, s, us, tzinfo, fold);
  return newHeapInstance(PyTime, type, h, m, s, us, tzinfo, fold);
}

const TIME_PARAMS = ['hour', 'minute', 'second', 'microsecond', 'tzinfo'];

function timeNew(type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos >= 1 && npos <= 2 && nkw === 0) {
    const st = latin1State(args[0], 6);
    if (st instanceof PyBytes && st.data.length === 6 && (st.data[0] & 0x7f) < 24) {
      const tz = npos === 2 ? args[1] : None;
      if (tz !== None && !(tz instanceof PyTZInfo)) throw typeError('bad tzinfo state arg');
      const d = st.data;
      const fold = d[0] >> 7;
      const us = (d[3] << 16) | (d[4] << 8) | d[5];
      if (type === TimeType) return new PyTime(d[0] & 0x7f, d[1], d[2], us, tz, fold);
      return newHeapInstance(PyTime, type, d[0] & 0x7f, d[1], d[2], us, tz, fold);
    }
  }
  const v = bindKw(null, TIME_PARAMS, ['fold'], args, kwnames, 0);
  const n = (x: V | undefined) => (x === undefined ? 0 : cInt(x));
  return newTime(n(v[0]), n(v[1]), n(v[2]), n(v[3]), v[4] ?? None, n(v[5]), type);
}

function timeReprFields(h: number, m: number, s: number, us: number): string {
  if (us) return `${h}, ${m}, ${s}, ${us}`;
  if (s) return `${h}, ${m}, ${s}`;
  return `${h}, ${m}`;
}

function appendTzFold(r: string, tzinfo: V, fold: number): string {
  if (tzinfo !== None) r = `${r.slice(0, -1)}, tzinfo=${A.PyObject_Repr(tzinfo)})`;
  if (fold) r = `${r.slice(0, -1)}, fold=1)`;
  return r;
}

function timeRepr(v: V): string {
  const t = v as PyTime;
  return appendTzFold(`${typeOf(t).tp_name}(${timeReprFields(t.hour, t.minute, t.second, t.microsecond)})`, t.tzinfo, t.fold);
}

/** HH:MM:SS.ffffff cut to the timespec.  CPython: the isoformat helpers */
function isoClock(h: number, m: number, s: number, us: number, timespec: string): string {
  let spec = timespec;
  if (spec === 'auto') spec = us ? 'microseconds' : 'seconds';
  switch (spec) {
    case 'hours': return pad(h, 2);
    case 'minutes': return `${pad(h, 2)}:${pad(m, 2)}`;
    case 'seconds': return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}`;
    case 'milliseconds': return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${pad(Math.floor(us / 1000), 3)}`;
    case 'microseconds': return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}.${pad(us, 6)}`;
  }
  throw valueError('Unknown timespec value');
}

function timespecArg(v: V | undefined, pos: number, positional: boolean): string {
  if (v === undefined) return 'auto';
  if (!isStrValue(v)) throw typeError(`isoformat() argument ${positional ? pos : "'timespec'"} must be str, not ${typeOf(v).tp_name}`);
  return strValue(v);
}

function timeIsoformat(t: PyTime, args: V[], kw: PyDict | null): V {
  const [a, k] = withKw(args, kw);
  const [ts] = bindKw('isoformat', ['timespec'], [], a, k, 0);
  let s = isoClock(t.hour, t.minute, t.second, t.microsecond, timespecArg(ts, 1, args.length >= 1));
  const off = callTzinfoMethod(t.tzinfo, 'utcoffset', None);
  if (off !== None) s += formatUtcoffset(off as PyDelta, ':');
  return s;
}

function timeStr(v: V): string {
  return strValue(A.PyObject_CallMethod(v, 'isoformat', []));
}

function timeStrftime(t: PyTime, fmt: V): V {
  // The date part is 1900-01-01, as CPython's time_strftime.
  const tt = buildStructTime(1900, 1, 1, t.hour, t.minute, t.second, -1);
  return wrapStrftime(t, fmt, tt, t.tzinfo, t.microsecond, () => callTzinfoMethod(t.tzinfo, 'utcoffset', None), () => callTzname(t.tzinfo, None));
}

function formatMethod(self: V, fmt: V): V {
  if (!isStrValue(fmt)) throw typeError(`__format__() argument must be str, not ${typeOf(fmt).tp_name}`);
  if (strValue(fmt).length === 0) return A.PyObject_Str(self);
  return A.PyObject_CallMethod(self, 'strftime', [fmt]);
}

function timeState(t: PyTime, proto: number): PyBytes {
  const h = t.fold && proto > 3 ? t.hour | 128 : t.hour;
  return new PyBytes(Uint8Array.of(h, t.minute, t.second, t.microsecond >> 16, (t.microsecond >> 8) & 255, t.microsecond & 255));
}

function timeReduceEx(t: PyTime, proto: V): V {
  const st = timeState(t, cInt(proto));
  return new PyTuple([typeOf(t), t.tzinfo === None ? new PyTuple([st]) : new PyTuple([st, t.tzinfo])]);
}

function timeUtcoffsetDelta(t: PyTime): V {
  return callTzinfoMethod(t.tzinfo, 'utcoffset', None);
}

function timeRichcompare(a: V, b: V, op: CompareOp): V {
  if (!(b instanceof PyTime)) return NotImplemented;
  const x = a as PyTime;
  const fields = () => x.hour - b.hour || x.minute - b.minute || x.second - b.second || x.microsecond - b.microsecond;
  if (x.tzinfo === b.tzinfo) return cmpResult(fields(), op);
  const o1 = timeUtcoffsetDelta(x);
  const o2 = timeUtcoffsetDelta(b);
  if (o1 === o2 || (o1 instanceof PyDelta && o2 instanceof PyDelta && deltaToMicroseconds(o1) === deltaToMicroseconds(o2))) return cmpResult(fields(), op);
  if (o1 !== None && o2 !== None) {
    const us1 = BigInt(((x.hour * 60 + x.minute) * 60 + x.second) * 1000000 + x.microsecond) - deltaToMicroseconds(o1 as PyDelta);
    const us2 = BigInt(((b.hour * 60 + b.minute) * 60 + b.second) * 1000000 + b.microsecond) - deltaToMicroseconds(o2 as PyDelta);
    return cmpResult(us1 < us2 ? -1 : us1 > us2 ? 1 : 0, op);
  }
  if (op === CompareOp.EQ || op === CompareOp.NE) return op === CompareOp.NE;
  throw typeError("can't compare offset-naive and offset-aware times");
}

function timeHash(v: V): number | bigint {
  const t = v as PyTime;
  if (t.hashcode !== null) return t.hashcode;
  const base = t.fold ? (newTime(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, 0) as PyTime) : t;
  const off = timeUtcoffsetDelta(base);
  if (off === None) t.hashcode = A.PyObject_Hash(timeState(base, 2));
  else {
    const secs = t.hour * 3600 + t.minute * 60 + t.second;
    const o = off as PyDelta;
    const d = newDelta(-o.days, secs - o.seconds, t.microsecond - o.microseconds, true);
    t.hashcode = A.PyObject_Hash(d);
  }
  return t.hashcode;
}

function timeReplace(t: PyTime, args: V[], kw: PyDict | null): V {
  const [a, k] = withKw(args, kw);
  const v = bindKw('replace', TIME_PARAMS, ['fold'], a, k, 0);
  const n = (x: V | undefined, d: number) => (x === undefined ? d : cInt(x));
  return newTimeOfType(n(v[0], t.hour), n(v[1], t.minute), n(v[2], t.second), n(v[3], t.microsecond), v[4] === undefined ? t.tzinfo : v[4], n(v[5], t.fold), typeOf(t));
}

function newTimeOfType(h: number, m: number, s: number, us: number, tz: V, fold: number, type: PyType): V {
  if (type === TimeType) return newTime(h, m, s, us, tz, fold);
  checkTimeArgs(h, m, s, us, fold);
  checkTzinfo(tz);
  if (fold) return A.PyObject_Call(type, [h, m, s, us, tz, 1], ['fold']);
  return A.PyObject_Call(type, [h, m, s, us, tz], null);
}

/** The time part of an ISO 8601 string.  CPython: parse_hh_mm_ss_ff */
function parseHhMmSsFf(s: string, start: number, end: number, out: number[]): number {
  out[0] = out[1] = out[2] = out[3] = 0;
  const at = (i: number) => (i < s.length ? s.charCodeAt(i) : 0);
  let p = start;
  let hasSep = true;
  for (let i = 0; i < 3; i++) {
    if (!(isDigit(at(p)) && isDigit(at(p + 1)))) return -3;
    out[i] = (at(p) - 48) * 10 + (at(p + 1) - 48);
    p += 2;
    const c = at(p++);
    if (i === 0) hasSep = c === 58;
    if (c === 46 || c === 44) {
      if (i < 2) return -3;
      if (p >= end) return -3;
      break;
    } else if (p >= end) {
      return c !== 0 ? 1 : 0;
    } else if (hasSep && c === 58) {
      if (i === 2) return -4;
      continue;
    } else if (!hasSep) {
      p--;
    } else {
      return -4;
    }
  }
  const toParse = Math.min(6, end - p);
  let us = 0;
  for (let i = 0; i < toParse; i++) {
    if (!isDigit(at(p))) return -3;
    us = us * 10 + (at(p++) - 48);
  }
  if (toParse < 6) us *= 10 ** (6 - toParse);
  out[3] = us;
  while (isDigit(at(p))) p++;
  return at(p) !== 0 ? 1 : 0;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** CPython: parse_isoformat_time (0: no offset, 1: with offset, <0: error) */
function parseIsoTime(s: string, start: number, out: number[], tz: number[]): number {
  const end = s.length;
  let tzPos = start;
  do {
    const c = s[tzPos];
    if (c === 'Z' || c === '+' || c === '-') break;
  } while (++tzPos < end);
  const rv = parseHhMmSsFf(s, start, tzPos, out);
  if (rv < 0) return rv;
  if (tzPos === end) return rv === 1 ? -5 : 0;
  if (s[tzPos] === 'Z') {
    tz[0] = tz[1] = 0;
    return tzPos + 1 !== end ? -5 : 1;
  }
  const sign = s[tzPos] === '-' ? -1 : 1;
  const t = [0, 0, 0, 0];
  const r = parseHhMmSsFf(s, tzPos + 1, end, t);
  tz[0] = sign * (t[0] * 3600 + t[1] * 60 + t[2]);
  tz[1] = sign * t[3];
  return r ? -5 : 1;
}

/** CPython: tzinfo_from_isoformat_results */
function tzinfoFromIso(rv: number, offset: number, us: number): V {
  if (rv !== 1) return None;
  if (offset === 0 && us === 0) return utc();
  return newTimezone(newDelta(0, offset, us, true), null);
}

function timeFromisoformat(cls: PyType, tstr: V): V {
  if (!isStrValue(tstr)) throw typeError('fromisoformat: argument must be str');
  const s = strValue(tstr);
  const bad = () => valueError(`Invalid isoformat string: ${A.PyObject_Repr(tstr)}`);
  let start = 0;
  // Only the 'T' time designator may precede the time.
  if (s.length > 0 && s[0] === 'T') start = 1;
  if (s.length - start < 2) throw bad();
  const out = [0, 0, 0, 0];
  const tz = [0, 0];
  const rv = parseIsoTime(s, start, out, tz);
  if (rv < 0) throw bad();
  if (out[0] === 24) {
    if (out[1] === 0 && out[2] === 0 && out[3] === 0) out[0] = 0;
    else throw valueError('minute, second, and microsecond must be 0 when hour is 24');
  }
  return newTimeOfType(out[0], out[1], out[2], out[3], tzinfoFromIso(rv, tz[0], tz[1]), 0, cls);
}

const S = '($self, /)';

export const TimeType = defineBuiltinType({
  name: 'datetime.time',
  doc: 'A time of day: hour, minute, second, microsecond, tzinfo and fold.',
  textSignature: '(hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0)',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyTime,
  slots: { tp_new: timeNew, tp_repr: timeRepr, tp_str: timeStr, tp_richcompare: timeRichcompare, tp_hash: timeHash },
  methods: {
    isoformat: { sig: "($self, /, timespec='auto')", callSig: '($self, /, *args, **kwargs)', impl: timeIsoformat, doc: 'Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].' },
    strftime: { sig: '($self, /, format)', impl: timeStrftime, doc: 'Format using strftime().' },
    __format__: { sig: '($self, format, /)', impl: formatMethod, doc: 'Formats self with strftime.' },
    utcoffset: { sig: S, impl: (t: PyTime) => callTzinfoMethod(t.tzinfo, 'utcoffset', None), doc: 'Return self.tzinfo.utcoffset(self).' },
    tzname: { sig: S, impl: (t: PyTime) => callTzname(t.tzinfo, None), doc: 'Return self.tzinfo.tzname(self).' },
    dst: { sig: S, impl: (t: PyTime) => callTzinfoMethod(t.tzinfo, 'dst', None), doc: 'Return self.tzinfo.dst(self).' },
    replace: { sig: '($self, /, hour=unchanged, minute=unchanged, second=unchanged, microsecond=unchanged, tzinfo=unchanged, *, fold=unchanged)', callSig: '($self, /, *args, **kwargs)', impl: timeReplace, doc: 'Return time with new specified fields.' },
    __replace__: { sig: '($self, /, **changes)', callSig: '($self, /, *args, **kwargs)', impl: timeReplace, doc: 'The same as replace().' },
    fromisoformat: { sig: '($type, string, /)', kind: 'classmethod', impl: timeFromisoformat, doc: 'string -> time from a string in ISO 8601 format' },
    strptime: {
      sig: '($type, string, format, /)', kind: 'classmethod', doc: 'string, format -> new time parsed from a string (like time.strptime()).',
      impl: (cls: PyType, s: V, f: V) => A.PyObject_CallMethod(builtinImport('_strptime', None, None, None, 0), '_strptime_datetime_time', [cls, s, f]),
    },
    __reduce_ex__: { sig: '($self, proto, /)', impl: timeReduceEx, doc: '__reduce_ex__(proto) -> (cls, state)' },
    __reduce__: { sig: S, impl: (t: PyTime) => timeReduceEx(t, 2), doc: '__reduce__() -> (cls, state)' },
  },
  getset: {
    hour: { get: (t: PyTime) => t.hour },
    minute: { get: (t: PyTime) => t.minute },
    second: { get: (t: PyTime) => t.second },
    microsecond: { get: (t: PyTime) => t.microsecond },
    tzinfo: { get: (t: PyTime) => t.tzinfo },
    fold: { get: (t: PyTime) => t.fold },
  },
  attrs: () => ({
    min: new PyTime(0, 0, 0, 0, None, 0),
    max: new PyTime(23, 59, 59, 999999, None, 0),
    resolution: new PyDelta(0, 0, 1),
  }),
});

// ---- datetime ----

export class PyDateTime extends PyDate {
  constructor(
    year: number,
    month: number,
    day: number,
    readonly hour: number,
    readonly minute: number,
    readonly second: number,
    readonly microsecond: number,
    readonly tzinfo: V,
    readonly fold: number,
  ) {
    super(year, month, day);
  }
}

export function isDateTime(v: V): v is PyDateTime {
  return v instanceof PyDateTime;
}

function newDateTime(y: number, mo: number, d: number, h: number, mi: number, s: number, us: number, tz: V, fold: number, type: PyType = DateTimeType): V {
  checkDateArgs(y, mo, d);
  checkTimeArgs(h, mi, s, us, fold);
  checkTzinfo(tz);
  if (type === DateTimeType) return new PyDateTime(y, mo, d, h, mi, s, us, tz, fold);
  if (!PyType_IsSubtype(type, DateTimeType)) throw typeError('datetime subclass required');
  // A subclass is called as type(...) so that its __new__ runs.  CPython: new_datetime_subclass_fold_ex
  const args: V[] = [y, mo, d, h, mi, s, us, tz];
  if (fold) return A.PyObject_Call(type, [...args, 1], ['fold']);
  return A.PyObject_Call(type, args, null);
}

const DT_PARAMS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo'];

function datetimeNew(type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos >= 1 && npos <= 2 && nkw === 0) {
    const st = latin1State(args[0], 10);
    if (st instanceof PyBytes && st.data.length === 10 && (st.data[2] & 0x7f) >= 1 && (st.data[2] & 0x7f) <= 12) {
      const tz = npos === 2 ? args[1] : None;
      if (tz !== None && !(tz instanceof PyTZInfo)) throw typeError('bad tzinfo state arg');
      const d = st.data;
      const fold = d[2] >> 7;
      const us = (d[7] << 16) | (d[8] << 8) | d[9];
      const a: [number, number, number, number, number, number, number, V, number] = [d[0] * 256 + d[1], d[2] & 0x7f, d[3], d[4], d[5], d[6], us, tz, fold];
      if (type === DateTimeType) return new PyDateTime(...a);
      return newHeapInstance(PyDateTime, type, ...a);
    }
  }
  const v = bindKw(null, DT_PARAMS, ['fold'], args, kwnames, 3);
  const n = (x: V | undefined) => (x === undefined ? 0 : cInt(x));
  const y = cInt(v[0]!);
  const mo = cInt(v[1]!);
  const d = cInt(v[2]!);
  const tz = v[7] ?? None;
  const fold = n(v[8]);
  checkDateArgs(y, mo, d);
  checkTimeArgs(n(v[3]), n(v[4]), n(v[5]), n(v[6]), fold);
  checkTzinfo(tz);
  if (type === DateTimeType) return new PyDateTime(y, mo, d, n(v[3]), n(v[4]), n(v[5]), n(v[6]), tz, fold);
  return newHeapInstance(PyDateTime, type, y, mo, d, n(v[3]), n(v[4]), n(v[5]), n(v[6]), tz, fold);
}

function dtRepr(v: V): string {
  const d = v as PyDateTime;
  const clock = d.microsecond ? `${d.hour}, ${d.minute}, ${d.second}, ${d.microsecond}` : d.second ? `${d.hour}, ${d.minute}, ${d.second}` : `${d.hour}, ${d.minute}`;
  // datetime shows fold before tzinfo (time the other way round), as CPython's reprs.
  let r = `${typeOf(d).tp_name}(${d.year}, ${d.month}, ${d.day}, ${clock})`;
  if (d.fold) r = `${r.slice(0, -1)}, fold=1)`;
  if (d.tzinfo !== None) r = `${r.slice(0, -1)}, tzinfo=${A.PyObject_Repr(d.tzinfo)})`;
  return r;
}

function dtUtcoffset(d: PyDateTime): V {
  return callTzinfoMethod(d.tzinfo, 'utcoffset', d);
}

function dtIsoformat(d: PyDateTime, args: V[], kw: PyDict | null): V {
  const [a, k] = withKw(args, kw);
  const [sepV, ts] = bindKw('isoformat', ['sep', 'timespec'], [], a, k, 0);
  let sep = 'T';
  if (sepV !== undefined) {
    if (!isStrValue(sepV)) throw typeError(`isoformat() argument 1 must be a unicode character, not ${typeOf(sepV).tp_name}`);
    sep = strValue(sepV);
    const n = [...sep].length;
    if (n !== 1) throw typeError(`isoformat() argument 1 must be a unicode character, not a string of length ${n}`);
  }
  let s = `${isoformatDate(d)}${sep}${isoClock(d.hour, d.minute, d.second, d.microsecond, timespecArg(ts, 2, args.length >= 2))}`;
  const off = dtUtcoffset(d);
  if (off !== None) s += formatUtcoffset(off as PyDelta, ':');
  return s;
}

function dtStr(v: V): string {
  return strValue(A.PyObject_CallMethod(v, 'isoformat', [' ']));
}

/** Microseconds since 0001-01-01T00:00 of the fields (no offset). */
function dtMicros(d: PyDateTime): bigint {
  const days = BigInt(ymdToOrd(d.year, d.month, d.day));
  return ((days * 24n + BigInt(d.hour)) * 60n + BigInt(d.minute)) * 60000000n + BigInt(d.second * 1000000 + d.microsecond);
}

/** A datetime of the fields us microseconds since 0001-01-01 (OverflowError out of range). */
function dtFromMicros(us: bigint, tz: V, type: PyType, fold = 0): V {
  const [days, rem] = floorDivMod(us, 86400000000n);
  const ord = Number(days);
  if (ord < 1 || ord > MAX_ORDINAL) throw overflowError('date value out of range');
  const [y, m, d] = ordToYmd(ord);
  const r = Number(rem);
  const h = Math.floor(r / 3600000000);
  const mi = Math.floor(r / 60000000) % 60;
  const s = Math.floor(r / 1000000) % 60;
  return newDateTime(y, m, d, h, mi, s, r % 1000000, tz, fold, type);
}

/** CPython: add_datetime_timedelta */
function addDtDelta(d: PyDateTime, delta: PyDelta, factor: number): V {
  const us = dtMicros(d) + BigInt(factor) * deltaToMicroseconds(delta);
  return dtFromMicros(us, d.tzinfo, typeOf(d) === DateTimeType ? DateTimeType : typeOf(d));
}

function dtAdd(a: V, b: V): V {
  if (isDateTime(a) && b instanceof PyDelta) return addDtDelta(a, b, 1);
  if (isDateTime(b) && a instanceof PyDelta) return addDtDelta(b, a, 1);
  return NotImplemented;
}

function dtSubtract(a: V, b: V): V {
  if (!isDateTime(a)) return NotImplemented;
  if (b instanceof PyDelta) return addDtDelta(a, b, -1);
  if (!isDateTime(b)) return NotImplemented;
  let o1: V = None;
  let o2: V = None;
  if (a.tzinfo !== b.tzinfo) {
    o1 = dtUtcoffset(a);
    o2 = dtUtcoffset(b);
    if ((o1 === None) !== (o2 === None)) throw typeError("can't subtract offset-naive and offset-aware datetimes");
  }
  let us = dtMicros(a) - dtMicros(b);
  if (o1 !== None && o2 !== None) us -= deltaToMicroseconds(o1 as PyDelta) - deltaToMicroseconds(o2 as PyDelta);
  return microsecondsToDelta(us);
}

function dtRichcompare(a: V, b: V, op: CompareOp): V {
  if (!isDateTime(b)) return NotImplemented;
  const x = a as PyDateTime;
  const fieldCmp = () => {
    const p = dtMicros(x);
    const q = dtMicros(b);
    return p < q ? -1 : p > q ? 1 : 0;
  };
  if (x.tzinfo === b.tzinfo) return cmpResult(fieldCmp(), op);
  const o1 = dtUtcoffset(x);
  const o2 = dtUtcoffset(b);
  const eqop = op === CompareOp.EQ || op === CompareOp.NE;
  if (o1 === o2 || (o1 instanceof PyDelta && o2 instanceof PyDelta && deltaToMicroseconds(o1) === deltaToMicroseconds(o2))) {
    let diff = fieldCmp();
    if (eqop && diff === 0 && pep495EqException(x, b, o1, o2)) diff = 1;
    return cmpResult(diff, op);
  }
  if (o1 !== None && o2 !== None) {
    const p = dtMicros(x) - deltaToMicroseconds(o1 as PyDelta);
    const q = dtMicros(b) - deltaToMicroseconds(o2 as PyDelta);
    let diff = p < q ? -1 : p > q ? 1 : 0;
    if (eqop && diff === 0 && pep495EqException(x, b, o1, o2)) diff = 1;
    return cmpResult(diff, op);
  }
  if (op === CompareOp.EQ || op === CompareOp.NE) return op === CompareOp.NE;
  throw typeError("can't compare offset-naive and offset-aware datetimes");
}

/** The offset the datetime would have with its fold flipped.  CPython: get_flip_fold_offset */
function flipFoldOffset(d: PyDateTime): V {
  const flipped = new PyDateTime(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.fold ? 0 : 1);
  return dtUtcoffset(flipped);
}

function sameOffset(a: V, b: V): boolean {
  return a === b || (a instanceof PyDelta && b instanceof PyDelta && deltaToMicroseconds(a) === deltaToMicroseconds(b));
}

/**
 * A datetime in a fold or gap of its zone (its offset depends on fold) is never equal to a datetime
 * of another zone.  CPython: pep495_eq_exception
 */
function pep495EqException(a: PyDateTime, b: PyDateTime, offA: V, offB: V): boolean {
  const fa = flipFoldOffset(a);
  if (fa !== offA && !sameOffset(fa, offA)) return true;
  const fb = flipFoldOffset(b);
  return fb !== offB && !sameOffset(fb, offB);
}

function dtState(d: PyDateTime, proto: number): PyBytes {
  const m = d.fold && proto > 3 ? d.month | 128 : d.month;
  return new PyBytes(Uint8Array.of(d.year >> 8, d.year & 255, m, d.day, d.hour, d.minute, d.second, d.microsecond >> 16, (d.microsecond >> 8) & 255, d.microsecond & 255));
}

function dtHash(v: V): number | bigint {
  const d = v as PyDateTime;
  if (d.hashcode !== null) return d.hashcode;
  const base = d.fold ? (newDateTime(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo, 0) as PyDateTime) : d;
  const off = dtUtcoffset(base);
  if (off === None) d.hashcode = A.PyObject_Hash(dtState(base, 2));
  else {
    const o = off as PyDelta;
    const days = ymdToOrd(d.year, d.month, d.day);
    const secs = d.hour * 3600 + d.minute * 60 + d.second;
    d.hashcode = A.PyObject_Hash(newDelta(days - o.days, secs - o.seconds, d.microsecond - o.microseconds, true));
  }
  return d.hashcode;
}

function dtReduceEx(d: PyDateTime, proto: V): V {
  const st = dtState(d, cInt(proto));
  return new PyTuple([typeOf(d), d.tzinfo === None ? new PyTuple([st]) : new PyTuple([st, d.tzinfo])]);
}

function dtReplace(d: PyDateTime, args: V[], kw: PyDict | null): V {
  const [a, k] = withKw(args, kw);
  const v = bindKw('replace', DT_PARAMS, ['fold'], a, k, 0);
  const n = (x: V | undefined, dflt: number) => (x === undefined ? dflt : cInt(x));
  return newDateTime(n(v[0], d.year), n(v[1], d.month), n(v[2], d.day), n(v[3], d.hour), n(v[4], d.minute), n(v[5], d.second), n(v[6], d.microsecond), v[7] === undefined ? d.tzinfo : v[7], n(v[8], d.fold), typeOf(d));
}

// ---- local time (through the time module, as _PyTime_localtime) ----

const EPOCH_SECONDS = 719163 * 86400;
const MAX_FOLD_SECONDS = 24 * 3600;

/** CPython: utc_to_seconds */
function utcToSeconds(y: number, m: number, d: number, h: number, mi: number, s: number): number {
  return ((ymdToOrd(y, m, d) * 24 + h) * 60 + mi) * 60 + s;
}

function localtime(t: number): V {
  return A.PyObject_CallMethod(timeModule(), 'localtime', [t]);
}

function tmField(tm: V, name: string): number {
  return Number(A.PyNumber_Index(A.PyObject_GetAttr(tm, name)));
}

/** CPython: local */
function local(u: number): number {
  const tm = localtime(u - EPOCH_SECONDS);
  return utcToSeconds(tmField(tm, 'tm_year'), tmField(tm, 'tm_mon'), tmField(tm, 'tm_mday'), tmField(tm, 'tm_hour'), tmField(tm, 'tm_min'), Math.min(59, tmField(tm, 'tm_sec')));
}

/** CPython: local_to_seconds */
function localToSeconds(y: number, m: number, d: number, h: number, mi: number, s: number, fold: number): number {
  const t = utcToSeconds(y, m, d, h, mi, s);
  let lt = local(t);
  const a = lt - t;
  const u1 = t - a;
  const t1 = local(u1);
  let b: number;
  if (t1 === t) {
    const u2 = fold ? u1 + MAX_FOLD_SECONDS : u1 - MAX_FOLD_SECONDS;
    lt = local(u2);
    b = lt - u2;
    if (a === b) return u1;
  } else {
    b = t1 - u1;
  }
  const u2 = t - b;
  const t2 = local(u2);
  if (t2 === t) return u2;
  if (t1 === t) return u1;
  return fold ? Math.min(u1, u2) : Math.max(u1, u2);
}

/** Seconds and microseconds of a timestamp, halves to even.  CPython: _PyTime_ObjectToTimeval */
function splitTimestamp(ts: V): [number, number] {
  if (ts instanceof PyFloat) {
    const x = ts.value;
    if (Number.isNaN(x)) throw valueError('Invalid value NaN (not a number)');
    let sec = Math.floor(x);
    let us = (x - sec) * 1e6;
    const r = Math.round(us);
    us = Math.abs(us - Math.trunc(us)) === 0.5 ? 2 * Math.round(us / 2) : r;
    if (us >= 1e6) {
      us -= 1e6;
      sec += 1;
    }
    if (!Number.isFinite(sec) || Math.abs(sec) > 2 ** 62) throw overflowError('timestamp out of range for platform time_t');
    return [sec, us];
  }
  if (!(typeof ts === 'number' || typeof ts === 'bigint' || typeof ts === 'boolean' || A.PyObject_IsInstance(ts, IntType))) {
    throw typeError(`argument must be int or float, not ${typeOf(ts).tp_name}`);
  }
  const i = A.PyNumber_Index(ts);
  if (typeof i === 'bigint' && (i > 2n ** 62n || i < -(2n ** 62n))) throw overflowError('timestamp out of range for platform time_t');
  return [Number(i), 0];
}

/** CPython: datetime_from_timet_and_us */
function fromTimetAndUs(cls: PyType, utcMode: boolean, timet: number, us: number, tzinfo: V): V {
  let y: number, mo: number, d: number, h: number, mi: number, s: number;
  let fold = 0;
  if (utcMode) {
    const days = Math.floor(timet / 86400);
    const rem = timet - days * 86400;
    const ord = days + 719163;
    if (ord < 1 || ord > MAX_ORDINAL) throw valueError(`year ${ordToYmd(Math.max(1, Math.min(ord, MAX_ORDINAL)))[0]} is out of range`);
    [y, mo, d] = ordToYmd(ord);
    h = Math.floor(rem / 3600);
    mi = Math.floor(rem / 60) % 60;
    s = rem % 60;
  } else {
    const tm = localtime(timet);
    y = tmField(tm, 'tm_year');
    mo = tmField(tm, 'tm_mon');
    d = tmField(tm, 'tm_mday');
    h = tmField(tm, 'tm_hour');
    mi = tmField(tm, 'tm_min');
    s = Math.min(59, tmField(tm, 'tm_sec'));
    if (tzinfo === None) {
      const result = utcToSeconds(y, mo, d, h, mi, s);
      let probe = local(EPOCH_SECONDS + timet - MAX_FOLD_SECONDS);
      const transition = result - probe - MAX_FOLD_SECONDS;
      if (transition < 0) {
        probe = local(EPOCH_SECONDS + timet + transition);
        if (probe === result) fold = 1;
      }
    }
  }
  const dt = newDateTime(y, mo, d, h, mi, s, us, tzinfo, fold, cls);
  return dt;
}

function dtFromTimestamp(cls: PyType, args: V[], kw: PyDict | null): V {
  const [a, k] = withKw(args, kw);
  const [ts, tzV] = bindKw('fromtimestamp', ['timestamp', 'tz'], [], a, k, 1);
  const tz = tzV ?? None;
  checkTzinfo(tz);
  const [sec, us] = splitTimestamp(ts!);
  if (tz === None) return fromTimetAndUs(cls, false, sec, us, None);
  const u = fromTimetAndUs(cls, true, sec, us, tz);
  return A.PyObject_CallMethod(tz, 'fromutc', [u]);
}

function dtUtcFromTimestamp(cls: PyType, ts: V): V {
  numberWarning(PyExc_DeprecationWarning, 'datetime.datetime.utcfromtimestamp() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.fromtimestamp(timestamp, datetime.UTC).');
  const [sec, us] = splitTimestamp(ts);
  return fromTimetAndUs(cls, true, sec, us, None);
}

function nowTimestamp(): V {
  return A.PyObject_CallMethod(timeModule(), 'time', []);
}

function dtNow(cls: PyType, args: V[], kw: PyDict | null): V {
  const [a, k] = withKw(args, kw);
  const [tzV] = bindKw('now', ['tz'], [], a, k, 0);
  const tz = tzV ?? None;
  checkTzinfo(tz);
  return dtFromTimestamp(cls, [nowTimestamp(), tz], null);
}

function dtUtcNow(cls: PyType): V {
  numberWarning(PyExc_DeprecationWarning, 'datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).');
  const [sec, us] = splitTimestamp(nowTimestamp());
  return fromTimetAndUs(cls, true, sec, us, None);
}

function dtCombine(cls: PyType, args: V[], kw: PyDict | null): V {
  const [a, k] = withKw(args, kw);
  const [dateV, timeV, tzV] = bindKw('combine', ['date', 'time', 'tzinfo'], [], a, k, 2);
  if (!(dateV instanceof PyDate)) throw typeError(`combine() argument 1 must be datetime.date, not ${typeOf(dateV!).tp_name}`);
  if (!(timeV instanceof PyTime)) throw typeError(`combine() argument 2 must be datetime.time, not ${typeOf(timeV!).tp_name}`);
  const tz = tzV === undefined ? timeV.tzinfo : tzV;
  return newDateTime(dateV.year, dateV.month, dateV.day, timeV.hour, timeV.minute, timeV.second, timeV.microsecond, tz, timeV.fold, cls);
}

/** Where the date part of an ISO string ends.  CPython: _find_isoformat_datetime_separator */
function findIsoSeparator(s: string): number {
  const len = s.length;
  if (len === 7) return 7;
  if (s[4] === '-') {
    if (s[5] === 'W') {
      if (len < 8) return -1;
      if (len > 8 && s[8] === '-') {
        if (len === 9) return -1;
        if (len > 10 && isDigit(s.charCodeAt(10))) return 8;
        return 10;
      }
      return 8;
    }
    return 10;
  }
  if (s[4] === 'W') {
    let idx = 7;
    for (; idx < len; idx++) {
      if (!isDigit(s.charCodeAt(idx))) break;
    }
    if (idx < 9) return idx;
    if (idx % 2 === 0) return 7;
    return 8;
  }
  return 8;
}

function dtFromisoformat(cls: PyType, dtstr: V): V {
  if (!isStrValue(dtstr)) throw typeError('fromisoformat: argument must be str');
  const s = strValue(dtstr);
  const bad = () => valueError(`Invalid isoformat string: ${A.PyObject_Repr(dtstr)}`);
  if (s.length < 7) throw bad();
  const sepAt = findIsoSeparator(s);
  if (sepAt < 0) throw bad();
  const date = parseIsoDate(s.slice(0, sepAt));
  if (date === null) throw bad();
  let [y, mo, d] = date;
  const out = [0, 0, 0, 0];
  const tz = [0, 0];
  let rv = 0;
  if (s.length > sepAt) {
    // Any one character separates the date from the time.
    const cp = s.codePointAt(sepAt)!;
    const start = sepAt + (cp > 0xffff ? 2 : 1);
    if (start >= s.length) throw bad();
    rv = parseIsoTime(s, start, out, tz);
    if (rv < 0) throw bad();
  }
  const tzinfo = tzinfoFromIso(rv, tz[0], tz[1]);
  if (out[0] === 24 && mo >= 1 && mo <= 12) {
    const dim = daysInMonth(y, mo);
    if (d <= dim) {
      if (out[1] === 0 && out[2] === 0 && out[3] === 0) {
        out[0] = 0;
        d += 1;
        if (d > dim) {
          d = 1;
          mo += 1;
          if (mo > 12) {
            mo = 1;
            y += 1;
          }
        }
      } else {
        throw valueError('minute, second, and microsecond must be 0 when hour is 24');
      }
    }
  }
  return newDateTime(y, mo, d, out[0], out[1], out[2], out[3], tzinfo, 0, cls);
}

function dtTimetuple(d: PyDateTime): V {
  let dst = -1;
  if (d.tzinfo !== None) {
    const r = callTzinfoMethod(d.tzinfo, 'dst', d);
    if (r !== None) {
      const x = r as PyDelta;
      dst = x.days || x.seconds || x.microseconds ? 1 : 0;
    }
  }
  return buildStructTime(d.year, d.month, d.day, d.hour, d.minute, d.second, dst);
}

function dtUtctimetuple(d: PyDateTime): V {
  let u: PyDateTime = d;
  const off = dtUtcoffset(d);
  // The UTC time must be a valid datetime (OverflowError otherwise).  CPython: datetime_utctimetuple
  if (off !== None) u = dtFromMicros(dtMicros(d) - deltaToMicroseconds(off as PyDelta), None, DateTimeType) as PyDateTime;
  return buildStructTime(u.year, u.month, u.day, u.hour, u.minute, u.second, 0);
}

function dtTimestamp(d: PyDateTime): V {
  const off = d.tzinfo === None ? None : dtUtcoffset(d);
  if (d.tzinfo !== None && off !== None) {
    const us = dtMicros(d) - deltaToMicroseconds(off as PyDelta) - BigInt(EPOCH_SECONDS) * 1000000n;
    return A.PyNumber_TrueDivide(pyInt(us), 1000000);
  }
  const seconds = localToSeconds(d.year, d.month, d.day, d.hour, d.minute, d.second, d.fold);
  return new PyFloat(seconds - EPOCH_SECONDS + d.microsecond / 1e6);
}

/** The local time zone at a timestamp, as a timezone.  CPython: local_timezone_from_timestamp */
function localTimezoneAt(timestamp: number): V {
  const tm = localtime(timestamp);
  const off = tmField(tm, 'tm_gmtoff');
  const zone = A.PyObject_GetAttr(tm, 'tm_zone');
  return newTimezone(newDelta(0, off, 0, true), zone === None ? null : strValue(zone));
}

function dtAstimezone(d: PyDateTime, args: V[], kw: PyDict | null): V {
  const [a, k] = withKw(args, kw);
  const [tzV] = bindKw('astimezone', ['tz'], [], a, k, 0);
  const tz = tzV ?? None;
  checkTzinfo(tz);
  let selfTz = d.tzinfo;
  let offset: V = None;
  if (selfTz !== None) offset = dtUtcoffset(d);
  if (selfTz === None || offset === None) {
    // Naive: local time.  CPython: local_timezone_from_local
    let seconds = localToSeconds(d.year, d.month, d.day, d.hour, d.minute, d.second, d.fold);
    const seconds2 = localToSeconds(d.year, d.month, d.day, d.hour, d.minute, d.second, d.fold ? 0 : 1);
    if (seconds2 !== seconds && (seconds2 > seconds) === (d.fold === 1)) seconds = seconds2;
    selfTz = localTimezoneAt(seconds - EPOCH_SECONDS);
    offset = A.PyObject_CallMethod(selfTz, 'utcoffset', [d]);
  }
  if (tz === selfTz) return d;
  // The UTC time, tagged with the target zone, then its fromutc.
  const us = dtMicros(d) - deltaToMicroseconds(offset as PyDelta);
  if (tz === None) {
    const [sec] = floorDivMod(us - BigInt(EPOCH_SECONDS) * 1000000n, 1000000n);
    const ltz = localTimezoneAt(Number(sec));
    const u = dtFromMicros(us, ltz, DateTimeType);
    return A.PyObject_CallMethod(ltz, 'fromutc', [u]);
  }
  const u = dtFromMicros(us, tz, typeOf(d) === DateTimeType ? DateTimeType : typeOf(d));
  return A.PyObject_CallMethod(tz, 'fromutc', [u]);
}

function dtStrftime(d: PyDateTime, fmt: V): V {
  return wrapStrftime(d, fmt, A.PyObject_CallMethod(d, 'timetuple', []), d.tzinfo, d.microsecond, () => dtUtcoffset(d), () => callTzname(d.tzinfo, d));
}

export const DateTimeType = defineBuiltinType({
  name: 'datetime.datetime',
  doc: 'A date and a time of day, with an optional tzinfo.',
  textSignature: '(year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0)',
  base: () => DateType,
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyDateTime,
  slots: { tp_new: datetimeNew, tp_repr: dtRepr, tp_str: dtStr, tp_richcompare: dtRichcompare, tp_hash: dtHash },
  number: { nb_add: dtAdd, nb_subtract: dtSubtract },
  methods: {
    now: { sig: '($type, /, tz=None)', callSig: '($type, /, *args, **kwargs)', kind: 'classmethod', impl: dtNow, doc: 'Returns new datetime object representing current time local to tz.' },
    utcnow: { sig: '($type, /)', kind: 'classmethod', impl: dtUtcNow, doc: 'Return a new datetime representing UTC day and time.' },
    fromtimestamp: { sig: '($type, /, timestamp, tz=None)', callSig: '($type, /, *args, **kwargs)', kind: 'classmethod', impl: dtFromTimestamp, doc: 'timestamp[, tz] -> tz\'s local time from POSIX timestamp.' },
    utcfromtimestamp: { sig: '($type, timestamp, /)', kind: 'classmethod', impl: dtUtcFromTimestamp, doc: 'Construct a naive UTC datetime from a POSIX timestamp.' },
    strptime: {
      sig: '($type, string, format, /)', kind: 'classmethod', doc: 'string, format -> new datetime parsed from a string (like time.strptime()).',
      impl: (cls: PyType, s: V, f: V) => A.PyObject_CallMethod(builtinImport('_strptime', None, None, None, 0), '_strptime_datetime_datetime', [cls, s, f]),
    },
    combine: { sig: '($type, /, date, time, tzinfo=<unrepresentable>)', callSig: '($type, /, *args, **kwargs)', kind: 'classmethod', impl: dtCombine, doc: 'date, time -> datetime with same date and time fields' },
    fromisoformat: { sig: '($type, string, /)', kind: 'classmethod', impl: dtFromisoformat, doc: 'string -> datetime from a string in most ISO 8601 formats' },
    date: { sig: S, impl: (d: PyDateTime) => new PyDate(d.year, d.month, d.day), doc: 'Return date object with same year, month and day.' },
    time: { sig: S, impl: (d: PyDateTime) => new PyTime(d.hour, d.minute, d.second, d.microsecond, None, d.fold), doc: 'Return time object with same time but with tzinfo=None.' },
    timetz: { sig: S, impl: (d: PyDateTime) => new PyTime(d.hour, d.minute, d.second, d.microsecond, d.tzinfo, d.fold), doc: 'Return time object with same time and tzinfo.' },
    ctime: { sig: S, impl: (d: PyDateTime) => formatCtime(d, d.hour, d.minute, d.second), doc: 'Return ctime() style string.' },
    timetuple: { sig: S, impl: dtTimetuple, doc: 'Return time tuple, compatible with time.localtime().' },
    timestamp: { sig: S, impl: dtTimestamp, doc: 'Return POSIX timestamp as float.' },
    utctimetuple: { sig: S, impl: dtUtctimetuple, doc: 'Return UTC time tuple, compatible with time.localtime().' },
    isoformat: { sig: "($self, /, sep='T', timespec='auto')", callSig: '($self, /, *args, **kwargs)', impl: dtIsoformat, doc: 'Return string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]][+HH:MM].' },
    strftime: { sig: '($self, /, format)', impl: dtStrftime, doc: 'Format using strftime().' },
    utcoffset: { sig: S, impl: dtUtcoffset, doc: 'Return self.tzinfo.utcoffset(self).' },
    tzname: { sig: S, impl: (d: PyDateTime) => callTzname(d.tzinfo, d), doc: 'Return self.tzinfo.tzname(self).' },
    dst: { sig: S, impl: (d: PyDateTime) => callTzinfoMethod(d.tzinfo, 'dst', d), doc: 'Return self.tzinfo.dst(self).' },
    replace: { sig: '($self, /, year=unchanged, month=unchanged, day=unchanged, hour=unchanged, minute=unchanged, second=unchanged, microsecond=unchanged, tzinfo=unchanged, *, fold=unchanged)', callSig: '($self, /, *args, **kwargs)', impl: dtReplace, doc: 'Return datetime with new specified fields.' },
    __replace__: { sig: '($self, /, **changes)', callSig: '($self, /, *args, **kwargs)', impl: dtReplace, doc: 'The same as replace().' },
    astimezone: { sig: '($self, /, tz=None)', callSig: '($self, /, *args, **kwargs)', impl: dtAstimezone, doc: 'tz -> convert to local time in new timezone tz' },
    __reduce_ex__: { sig: '($self, proto, /)', impl: dtReduceEx, doc: '__reduce_ex__(proto) -> (cls, state)' },
    __reduce__: { sig: S, impl: (d: PyDateTime) => dtReduceEx(d, 2), doc: '__reduce__() -> (cls, state)' },
  },
  getset: {
    hour: { get: (d: PyDateTime) => d.hour },
    minute: { get: (d: PyDateTime) => d.minute },
    second: { get: (d: PyDateTime) => d.second },
    microsecond: { get: (d: PyDateTime) => d.microsecond },
    tzinfo: { get: (d: PyDateTime) => d.tzinfo },
    fold: { get: (d: PyDateTime) => d.fold },
  },
  attrs: () => ({
    min: new PyDateTime(1, 1, 1, 0, 0, 0, 0, None, 0),
    max: new PyDateTime(9999, 12, 31, 23, 59, 59, 999999, None, 0),
    resolution: new PyDelta(0, 0, 1),
  }),
});

dateTimeTypeRef.type = DateTimeType;
datetimeHooks.isDateTime = isDateTime;
datetimeHooks.tzinfoOf = (v) => (v as PyDateTime).tzinfo;
datetimeHooks.utcoffset = (v) => dtUtcoffset(v as PyDateTime);
datetimeHooks.dst = (v) => callTzinfoMethod((v as PyDateTime).tzinfo, 'dst', v);
datetimeHooks.addDelta = (dt, d) => addDtDelta(dt as PyDateTime, d, 1);

void TZInfoType;
