// datetime.date and datetime.IsoCalendarDate.  CPython: Modules/_datetimemodule.c (date_new, date_*,
// iso_calendar_date_*).
import { None, NotImplemented, PyObject } from '../../objects/object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf, PyType_IsSubtype } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { PyTuple, TupleType } from '../../objects/tuple.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyFloat } from '../../objects/float.ts';
import { PyNumber_Long } from '../../objects/int.ts';
import * as A from '../../objects/abstract.ts';
import { typeError, valueError, overflowError, exceptionMatches, PyExc_OverflowError } from '../../objects/exceptions.ts';
import { isStrValue, strValue } from '../../objects/boxes.ts';
import { bindArguments, parseSignature } from '../../objects/getargs.ts';
import { builtinImport } from '../../runtime/import.ts';
import {
  MINYEAR, MAXYEAR, MAX_ORDINAL, daysInMonth, daysBeforeMonth, ymdToOrd, ordToYmd, weekday, isoWeek1Monday, cInt, pad,
  type V,
} from './common.ts';
import { PyDelta, DeltaType, newDelta, cmpResult } from './timedelta.ts';

export class PyDate extends PyObject {
  hashcode: number | bigint | null = null;
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {
    super();
  }
}

/** CPython: check_date_args */
export function checkDateArgs(year: number, month: number, day: number): void {
  if (year < MINYEAR || year > MAXYEAR) throw valueError(`year must be in ${MINYEAR}..${MAXYEAR}, not ${year}`);
  if (month < 1 || month > 12) throw valueError(`month must be in 1..12, not ${month}`);
  const dim = daysInMonth(year, month);
  if (day < 1 || day > dim) throw valueError(`day ${day} must be in range 1..${dim} for month ${month} in year ${year}`);
}

/** A date of `type` (a date subclass other than datetime is called as type(year, month, day)).  CPython: new_date_subclass_ex */
export function newDate(year: number, month: number, day: number, type: PyType = DateType): V {
  checkDateArgs(year, month, day);
  if (type === DateType) return new PyDate(year, month, day);
  return A.PyObject_Call(type, [year, month, day], null);
}

export function isDate(v: V): v is PyDate {
  return v instanceof PyDate;
}

// ---- construction ----


/** The state bytes of a pickled date (4 bytes, month 1..12).  CPython: date_new's pickle branch */
function isDateState(v: V): v is PyBytes {
  return v instanceof PyBytes && v.data.length === 4 && v.data[2] >= 1 && v.data[2] <= 12;
}

function dateNew(type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  if (args.length === 1 && (kwnames === null || kwnames.length === 0)) {
    const st = args[0];
    if (isDateState(st)) {
      const d = st.data;
      const year = d[0] * 256 + d[1];
      if (type === DateType) return new PyDate(year, d[2], d[3]);
      return newHeapInstance(PyDate, type, year, d[2], d[3]);
    }
    if (isStrValue(st) && strValue(st).length === 4) {
      // A state string from a Python 2 pickle: latin-1 bytes.
      const s = strValue(st);
      const year = s.charCodeAt(0) * 256 + s.charCodeAt(1);
      const month = s.charCodeAt(2);
      if (month >= 1 && month <= 12 && s.charCodeAt(0) < 256 && s.charCodeAt(1) < 256) {
        if (type === DateType) return new PyDate(year, month, s.charCodeAt(3));
        return newHeapInstance(PyDate, type, year, month, s.charCodeAt(3));
      }
    }
  }
  const nkw = kwnames?.length ?? 0;
  if (args.length > 3) {
    throw typeError(nkw ? `function takes at most 3 keyword arguments (${args.length} given)` : `function takes at most 3 arguments (${args.length} given)`);
  }
  const [y, m, d] = parseYmd(args, kwnames);
  const year = cInt(y);
  const month = cInt(m);
  const day = cInt(d);
  checkDateArgs(year, month, day);
  if (type === DateType) return new PyDate(year, month, day);
  return newHeapInstance(PyDate, type, year, month, day);
}

/** (year, month, day) as PyArg_ParseTupleAndKeywords binds them for a format without a name.  CPython: vgetargskeywords */
function parseYmd(args: readonly V[], kwnames: readonly string[] | null): V[] {
  const names = ['year', 'month', 'day'];
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  const vals: (V | undefined)[] = [args[0], args[1], args[2]].map((v, i) => (i < npos ? v : undefined));
  for (let k = 0; k < nkw; k++) {
    const idx = names.indexOf(kwnames![k]);
    if (idx < 0) throw typeError(`'${kwnames![k]}' is an invalid keyword argument for this function`);
    if (idx < npos) throw typeError(`argument for function given by name ('${names[idx]}') and position (${idx + 1})`);
    vals[idx] = args[npos + k];
  }
  for (let i = 0; i < 3; i++) if (vals[i] === undefined) throw typeError(`function missing required argument '${names[i]}' (pos ${i + 1})`);
  return vals as V[];
}

// ---- classmethods ----

function fromOrdinal(cls: PyType, ordinal: V): V {
  const n = cInt(ordinal);
  if (n < 1) throw valueError('ordinal must be >= 1');
  if (n > MAX_ORDINAL) throw valueError(`year must be in ${MINYEAR}..${MAXYEAR}, not ${ordToYmd(n)[0]}`);
  const [y, m, d] = ordToYmd(n);
  return newDate(y, m, d, cls);
}

/** Parses YYYY-MM-DD, YYYYMMDD, YYYY-Www[-d] and YYYYWww[d].  CPython: parse_isoformat_date */
export function parseIsoDate(s: string): [number, number, number] | null {
  const digits = (from: number, n: number): number | null => {
    if (from + n > s.length) return null;
    let v = 0;
    for (let i = from; i < from + n; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) return null;
      v = v * 10 + (c - 48);
    }
    return v;
  };
  const year = digits(0, 4);
  if (year === null) return null;
  let p = 4;
  const hasSep = s[p] === '-';
  if (hasSep) p++;
  if (s[p] === 'W') {
    p++;
    const week = digits(p, 2);
    if (week === null) return null;
    p += 2;
    let day = 1;
    if (p < s.length) {
      if (hasSep) {
        if (s[p] !== '-') return null;
        p++;
      }
      const dd = digits(p, 1);
      if (dd === null) return null;
      day = dd;
      p++;
    }
    if (p !== s.length) return null;
    const r = isoToYmd(year, week, day);
    return r === null ? null : r;
  }
  const month = digits(p, 2);
  if (month === null) return null;
  p += 2;
  if (hasSep) {
    if (s[p] !== '-') return null;
    p++;
  }
  const day = digits(p, 2);
  if (day === null) return null;
  p += 2;
  if (p !== s.length) return null;
  return [year, month, day];
}

/** CPython: iso_to_ymd (null: invalid week or day) */
function isoToYmd(isoYear: number, week: number, day: number): [number, number, number] | null {
  if (week <= 0 || week >= 53) {
    let outOfRange = true;
    if (week === 53) {
      const firstWeekday = (ymdToOrd(isoYear, 1, 1) + 6) % 7;
      if (firstWeekday === 3 || (firstWeekday === 2 && ((isoYear % 4 === 0 && isoYear % 100 !== 0) || isoYear % 400 === 0))) outOfRange = false;
    }
    if (outOfRange) return null;
  }
  if (day <= 0 || day >= 8) return null;
  const dayOffset = (week - 1) * 7 + day - 1;
  return ordToYmd(isoWeek1Monday(isoYear) + dayOffset);
}

function fromIsoformat(cls: PyType, dtstr: V): V {
  if (!isStrValue(dtstr)) throw typeError('fromisoformat: argument must be str');
  const s = strValue(dtstr);
  const r = s.length === 7 || s.length === 8 || s.length === 10 ? parseIsoDate(s) : null;
  if (r === null) throw valueError(`Invalid isoformat string: ${A.PyObject_Repr(dtstr)}`);
  return newDate(r[0], r[1], r[2], cls);
}

function fromIsocalendar(cls: PyType, yearV: V, weekV: V, dayV: V): V {
  let year: number, week: number, day: number;
  try {
    year = cInt(yearV);
    week = cInt(weekV);
    day = cInt(dayV);
  } catch (e) {
    if (e instanceof PyObject && exceptionMatches(e, PyExc_OverflowError)) throw valueError('ISO calendar component out of range');
    throw e;
  }
  if (year < MINYEAR || year > MAXYEAR) throw valueError(`year must be in ${MINYEAR}..${MAXYEAR}, not ${year}`);
  if (week <= 0 || week >= 53) {
    const r = isoToYmd(year, week, 1);
    if (r === null) throw valueError(`Invalid week: ${week}`);
  }
  if (day <= 0 || day >= 8) throw valueError(`Invalid weekday: ${day} (range is [1, 7])`);
  const r = isoToYmd(year, week, day)!;
  return newDate(r[0], r[1], r[2], cls);
}

function timeModule(): V {
  return builtinImport('time', None, None, None, 0);
}

function fromTimestamp(cls: PyType, ts: V): V {
  // A time_t: floats are floored, anything else must be an integer.  CPython: _PyTime_ObjectToTime_t
  let t: V;
  if (ts instanceof PyFloat) {
    if (Number.isNaN(ts.value)) throw valueError('Invalid value NaN (not a number)');
    t = Math.floor(ts.value);
  } else {
    t = A.PyNumber_Index(ts);
  }
  const tm = A.PyObject_CallMethod(timeModule(), 'localtime', [t]);
  return newDate(A.PyNumber_AsSsize_t(A.PyObject_GetAttr(tm, 'tm_year'), false), A.PyNumber_AsSsize_t(A.PyObject_GetAttr(tm, 'tm_mon'), false), A.PyNumber_AsSsize_t(A.PyObject_GetAttr(tm, 'tm_mday'), false), cls);
}

function today(cls: PyType): V {
  const t = A.PyObject_CallMethod(timeModule(), 'time', []);
  return A.PyObject_CallMethod(cls, 'fromtimestamp', [t]);
}

// ---- methods ----

export function dateToOrdinal(d: PyDate): number {
  return ymdToOrd(d.year, d.month, d.day);
}

export function isoformatDate(d: PyDate): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

function dateRepr(v: V): string {
  const d = v as PyDate;
  return `${typeOf(d).tp_name}(${d.year}, ${d.month}, ${d.day})`;
}

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** CPython: format_ctime */
export function formatCtime(d: PyDate, h: number, m: number, s: number): string {
  const wd = weekday(d.year, d.month, d.day);
  const day = d.day < 10 ? ` ${d.day}` : String(d.day);
  return `${DAY_NAMES[wd]} ${MONTH_NAMES[d.month]} ${day} ${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)} ${pad(d.year, 4)}`;
}

/** time.struct_time for a date and a clock time.  CPython: build_struct_time */
export function buildStructTime(y: number, m: number, d: number, hh: number, mm: number, ss: number, dst: number): V {
  const wd = weekday(y, m, d);
  const yday = daysBeforeMonth(y, m) + d;
  return A.PyObject_CallMethod(timeModule(), 'struct_time', [new PyTuple([y, m, d, hh, mm, ss, wd, yday, dst])]);
}

/** strftime: %z, %:z, %Z and %f are expanded here, the rest by time.strftime.  CPython: wrap_strftime */
export function wrapStrftime(obj: V, format: V, timetuple: V, tzinfoArg: V, micro: number, utcoffset: () => V, tzname: () => V): V {
  if (!isStrValue(format)) throw typeError(`strftime() argument 1 must be str, not ${typeOf(format).tp_name}`);
  const fmt = strValue(format);
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i];
    if (c !== '%' || i + 1 >= fmt.length) {
      out += c;
      i++;
      continue;
    }
    const n = fmt[i + 1];
    if (n === 'z' || (n === ':' && fmt[i + 2] === 'z')) {
      const off = tzinfoArg === None ? None : utcoffset();
      out += off === None ? '' : formatUtcoffset(off as PyDelta, n === ':' ? ':' : '');
      i += n === ':' ? 3 : 2;
    } else if (n === 'Z') {
      const name = tzinfoArg === None ? None : tzname();
      if (name !== None) {
        const r = A.PyObject_CallMethod(name, 'replace', ['%', '%%']);
        if (!isStrValue(r)) throw typeError('tzname.replace() did not return a string');
        out += strValue(r);
      }
      i += 2;
    } else if ((n === 'Y' || n === 'G' || n === 'F' || n === 'C') && yearOf(timetuple) < 1000) {
      // glibc does not pad years before 1000: CPython pads them to four digits.  CPython: normalize_century
      let year = yearOf(timetuple);
      if (n === 'G') year = Number(PyNumber_Long(A.PyObject_CallMethod(timeModule(), 'strftime', ['%G', timetuple])));
      const y4 = pad(year, 4);
      out += n === 'F' ? `${y4}-%m-%d` : n === 'C' ? y4.slice(0, -2) : y4;
      i += 2;
    } else if (n === 'f') {
      out += pad(micro, 6);
      i += 2;
    } else {
      out += c + n;
      i += 2;
    }
  }
  void obj;
  return A.PyObject_CallMethod(timeModule(), 'strftime', [out, timetuple]);
}

function yearOf(timetuple: V): number {
  return Number(A.PyNumber_Index(A.PySequence_GetItem(timetuple, 0)));
}

/** +HH[:]MM[[:]SS[.ffffff]] of an offset.  CPython: format_utcoffset */
export function formatUtcoffset(off: PyDelta, sep: string): string {
  let sign = '+';
  let d = off;
  if (d.days < 0) {
    sign = '-';
    d = newDelta(-d.days, -d.seconds, -d.microseconds, true);
  }
  const secs = d.days * 86400 + d.seconds;
  const hh = Math.floor(secs / 3600);
  const mm = Math.floor(secs / 60) % 60;
  const ss = secs % 60;
  let s = `${sign}${pad(hh, 2)}${sep}${pad(mm, 2)}`;
  if (ss || d.microseconds) s += `${sep}${pad(ss, 2)}`;
  if (d.microseconds) s += `.${pad(d.microseconds, 6)}`;
  return s;
}

function dateTimetuple(d: PyDate): V {
  return buildStructTime(d.year, d.month, d.day, 0, 0, 0, -1);
}

function dateStrftime(d: PyDate, format: V): V {
  return wrapStrftime(d, format, dateTimetuple(d), None, 0, () => None, () => None);
}

function dateFormat(d: PyDate, fmt: V): V {
  if (!isStrValue(fmt)) throw typeError(`__format__() argument must be str, not ${typeOf(fmt).tp_name}`);
  if (strValue(fmt).length === 0) return A.PyObject_Str(d);
  return A.PyObject_CallMethod(d, 'strftime', [fmt]);
}

function dateIsocalendar(d: PyDate): V {
  let year = d.year;
  let week1 = isoWeek1Monday(year);
  const today = ymdToOrd(year, d.month, d.day);
  let week = Math.floor((today - week1) / 7);
  let day = (today - week1) % 7;
  if (day < 0) day += 7;
  if (week < 0) {
    year--;
    week1 = isoWeek1Monday(year);
    week = Math.floor((today - week1) / 7);
    day = (today - week1) - week * 7;
  } else if (week >= 52 && today >= isoWeek1Monday(year + 1)) {
    year++;
    week = 0;
  }
  return newIsoCalendarDate(year, week + 1, day + 1);
}

const REPLACE_SIG = parseSignature('(year=<unrepresentable>, month=<unrepresentable>, day=<unrepresentable>)');

function dateReplace(d: PyDate, args: V[], kw: PyDict | null): V {
  const all = [...args];
  const names: string[] = [];
  if (kw !== null) {
    for (let i = kw.next(0); i >= 0; i = kw.next(i + 1)) {
      names.push(strValue(kw.keys[i]));
      all.push(kw.values[i]);
    }
  }
  return replaceImpl(d, all, names.length ? names : null);
}

function replaceImpl(d: PyDate, args: readonly V[], kwnames: readonly string[] | null): V {
  const [y, m, dd] = bindArguments(REPLACE_SIG, { short: 'replace', funcStr: 'replace()' }, args, kwnames) as (V | undefined)[];
  return newDate(y === undefined ? d.year : cInt(y), m === undefined ? d.month : cInt(m), dd === undefined ? d.day : cInt(dd), typeOf(d));
}

export function dateState(d: PyDate): PyBytes {
  return new PyBytes(Uint8Array.of(d.year >> 8, d.year & 255, d.month, d.day));
}

function dateReduce(d: PyDate): V {
  return new PyTuple([typeOf(d), new PyTuple([dateState(d)])]);
}

// ---- slots ----

function dateHash(v: V): number | bigint {
  const d = v as PyDate;
  return (d.hashcode ??= A.PyObject_Hash(dateState(d)));
}

export function isDateTimeObj(v: V): boolean {
  return v instanceof PyDate && dateTimeTypeRef.type !== null && PyType_IsSubtype(typeOf(v), dateTimeTypeRef.type);
}

/** Set by datetime.ts: date and datetime compare only with their own kind. */
export const dateTimeTypeRef: { type: PyType | null } = { type: null };

function dateRichcompare(a: V, b: V, op: CompareOp): V {
  if (isDate(b) && !isDateTimeObj(b)) {
    const x = a as PyDate;
    return cmpResult(x.year - b.year || x.month - b.month || x.day - b.day, op);
  }
  return NotImplemented;
}

/** date + timedelta (days only).  CPython: add_date_timedelta */
function addDateDelta(d: PyDate, delta: PyDelta, negate: boolean): V {
  const ord = dateToOrdinal(d) + (negate ? -delta.days : delta.days);
  if (ord < 1 || ord > MAX_ORDINAL) throw overflowError('date value out of range');
  const [y, m, dd] = ordToYmd(ord);
  return newDate(y, m, dd, typeOf(d));
}

function dateAdd(a: V, b: V): V {
  if (isDateTimeObj(a) || isDateTimeObj(b)) return NotImplemented;
  if (isDate(a) && b instanceof PyDelta) return addDateDelta(a, b, false);
  if (isDate(b) && a instanceof PyDelta) return addDateDelta(b, a, false);
  return NotImplemented;
}

function dateSubtract(a: V, b: V): V {
  if (isDateTimeObj(a) || isDateTimeObj(b)) return NotImplemented;
  if (isDate(a)) {
    if (isDate(b)) return newDelta(dateToOrdinal(a) - dateToOrdinal(b), 0, 0, false);
    if (b instanceof PyDelta) return addDateDelta(a, b, true);
  }
  return NotImplemented;
}

const S = '($self, /)';

export const DateType = defineBuiltinType({
  name: 'datetime.date',
  doc: 'A date (year, month, day) in the proleptic Gregorian calendar.',
  textSignature: '(year, month, day)',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyDate,
  slots: { tp_new: dateNew, tp_repr: dateRepr, tp_str: (v: V) => isoformatDate(v as PyDate), tp_richcompare: dateRichcompare, tp_hash: dateHash },
  number: { nb_add: dateAdd, nb_subtract: dateSubtract },
  methods: {
    fromtimestamp: { sig: '($type, timestamp, /)', kind: 'classmethod', impl: fromTimestamp, doc: 'Create a date from a POSIX timestamp.' },
    fromordinal: { sig: '($type, ordinal, /)', kind: 'classmethod', impl: fromOrdinal, doc: 'Construct a date from a proleptic Gregorian ordinal.' },
    fromisoformat: { sig: '($type, string, /)', kind: 'classmethod', impl: fromIsoformat, doc: 'Construct a date from a string in ISO 8601 format.' },
    fromisocalendar: { sig: '($type, /, year, week, day)', kind: 'classmethod', impl: fromIsocalendar, doc: 'Construct a date from the ISO year, week number and weekday.' },
    strptime: {
      sig: '($type, string, format, /)', kind: 'classmethod', doc: 'Parse a date string according to the given format.',
      impl: (cls: PyType, s: V, f: V) => A.PyObject_CallMethod(builtinImport('_strptime', None, None, None, 0), '_strptime_datetime_date', [cls, s, f]),
    },
    today: { sig: '($type, /)', kind: 'classmethod', impl: today, doc: 'Current date or datetime:  same as self.__class__.fromtimestamp(time.time()).' },
    ctime: { sig: S, impl: (d: PyDate) => formatCtime(d, 0, 0, 0), doc: 'Return ctime() style string.' },
    strftime: { sig: '($self, /, format)', impl: dateStrftime, doc: 'Format using strftime().' },
    __format__: { sig: '($self, format, /)', impl: dateFormat, doc: 'Formats self with strftime.' },
    timetuple: { sig: S, impl: dateTimetuple, doc: 'Return time tuple, compatible with time.localtime().' },
    isocalendar: { sig: S, impl: dateIsocalendar, doc: 'Return a named tuple containing ISO year, week number, and weekday.' },
    isoformat: { sig: S, impl: (d: PyDate) => isoformatDate(d), doc: 'Return string in ISO 8601 format, YYYY-MM-DD.' },
    isoweekday: { sig: S, impl: (d: PyDate) => weekday(d.year, d.month, d.day) + 1, doc: 'Return the day of the week represented by the date.\nMonday == 1 ... Sunday == 7' },
    toordinal: { sig: S, impl: dateToOrdinal, doc: 'Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1.' },
    weekday: { sig: S, impl: (d: PyDate) => weekday(d.year, d.month, d.day), doc: 'Return the day of the week represented by the date.\nMonday == 0 ... Sunday == 6' },
    replace: { sig: '($self, /, year=unchanged, month=unchanged, day=unchanged)', callSig: '($self, /, *args, **kwargs)', impl: dateReplace, doc: 'Return date with new specified fields.' },
    __replace__: { sig: '($self, /, **changes)', callSig: '($self, /, *args, **kwargs)', impl: dateReplace, doc: 'The same as replace().' },
    __reduce__: { sig: S, impl: dateReduce, doc: '__reduce__() -> (cls, state)' },
  },
  getset: {
    year: { get: (d: PyDate) => d.year },
    month: { get: (d: PyDate) => d.month },
    day: { get: (d: PyDate) => d.day },
  },
  attrs: () => ({
    min: new PyDate(1, 1, 1),
    max: new PyDate(9999, 12, 31),
    resolution: new PyDelta(1, 0, 0),
  }),
});

void DeltaType;
void PyFloat;
void TupleType;

// ---- IsoCalendarDate ----

class PyIsoCalendarDate extends PyTuple {}

function newIsoCalendarDate(year: number, week: number, weekday: number): V {
  return new PyIsoCalendarDate([year, week, weekday]);
}

const ISO_SIG = parseSignature('(year, week, weekday)');

function isoNew(type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  const [y, w, d] = bindArguments(ISO_SIG, { short: 'IsoCalendarDate', funcStr: 'IsoCalendarDate()' }, args, kwnames) as V[];
  if (type === IsoCalendarDateType) return new PyIsoCalendarDate([y, w, d]);
  return newHeapInstance(PyIsoCalendarDate, type, [y, w, d]);
}

function isoRepr(v: V): string {
  const t = v as PyTuple;
  const [y, w, d] = t.items.map((x) => A.PyObject_Str(x));
  return `${typeOf(t).tp_name.slice(0, 200)}(year=${y}, week=${w}, weekday=${d})`;
}

export const IsoCalendarDateType = defineBuiltinType({
  name: 'datetime.IsoCalendarDate',
  doc: 'The result of date.isocalendar(): a (year, week, weekday) tuple with those names as attributes.',
  base: () => TupleType,
  flags: TPFLAGS.BASETYPE | TPFLAGS.TUPLE_SUBCLASS,
  instanceClass: PyIsoCalendarDate,
  slots: { tp_new: isoNew, tp_repr: isoRepr },
  methods: {
    __reduce__: { sig: S, impl: (t: PyTuple) => new PyTuple([TupleType, new PyTuple([new PyTuple([...t.items])])]), doc: '__reduce__() -> (cls, state)' },
  },
  getset: {
    year: { get: (t: PyTuple) => t.items[0] },
    week: { get: (t: PyTuple) => t.items[1] },
    weekday: { get: (t: PyTuple) => t.items[2] },
  },
});
