// The time module: clocks, sleep, and conversions between timestamps and broken-down time, with
// strftime() as glibc's in the C locale.  Local time is the host's time zone (UTC unless the host
// says otherwise).  CPython: Modules/timemodule.c, Python/pytime.c
import { None, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { defineStructSeqType, PyStructSeq } from '../objects/structseq.ts';
import { PyFloat } from '../objects/float.ts';
import { PyTuple } from '../objects/tuple.ts';
import { typeOf } from '../objects/type.ts';
import { PyNumber_Index, PyObject_Call, PyObject_GetAttr } from '../objects/abstract.ts';
import { isStrValue, strValue, isIntValue } from '../objects/boxes.ts';
import { normInt } from '../objects/int.ts';
import * as E from '../objects/exceptions.ts';
import { typeName } from '../objects/typeobject.ts';
import { newNamespace } from '../objects/namespaceobject.ts';
import { interp } from '../vm/interpreter.ts';
import { builtinImport } from '../runtime/import.ts';
import type { TimeZoneInfo } from '../runtime/host.ts';
import { withDocs, moduleDoc } from './docs.ts';
import { intArg, newOSError } from './posix/args.ts';

type V = PyValue;

export const StructTimeType = defineStructSeqType({
  name: 'time.struct_time',
  doc: 'A time as returned by gmtime(), localtime() and strptime(): year, month, day, hour, minute, second, weekday, day of the year and DST flag, with tm_zone and tm_gmtoff.',
  fields: ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst', 'tm_zone', 'tm_gmtoff'],
  nSequence: 9,
});

function host() {
  return interp().host;
}

function zone(): TimeZoneInfo {
  return host().timeZone();
}

// ---- broken-down time (struct tm), C conventions: month 0-11, weekday Sunday=0, yday 0-365 ----

interface Tm {
  year: number; // full year
  mon: number; // 0-11
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number; // 0 = Sunday
  yday: number; // 0-365
  isdst: number;
  zone: string | null;
  gmtoff: number | null;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1-12).  (Hinnant's days_from_civil) */
export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date (month 1-12) of a day number since the epoch. */
export function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const y = yoe + era * 400;
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [y + (m <= 2 ? 1 : 0), m, d];
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** gmtime_r for whole seconds since the epoch. */
function breakDown(t: number, offset: number, isdst: number, zoneName: string | null): Tm {
  const s = t + offset;
  const days = Math.floor(s / 86400);
  let rem = s - days * 86400;
  const hour = Math.floor(rem / 3600);
  rem -= hour * 3600;
  const min = Math.floor(rem / 60);
  const sec = rem - min * 60;
  const [y, m, d] = civilFromDays(days);
  const wday = (((days + 4) % 7) + 7) % 7;
  const yday = days - daysFromCivil(y, 1, 1);
  return { year: y, mon: m - 1, mday: d, hour, min, sec, wday, yday, isdst, zone: zoneName, gmtoff: offset };
}

const MAX_TIME_T = 2 ** 63;

/** A timestamp argument as whole seconds, rounded toward -inf.  CPython: _PyTime_ObjectToTime_t */
function timeTArg(v: V): number {
  if (v instanceof PyFloat) {
    if (Number.isNaN(v.value)) throw E.valueError('Invalid value NaN (not a number)');
    const f = Math.floor(v.value);
    if (!(f >= -MAX_TIME_T && f < MAX_TIME_T)) throw E.overflowError('timestamp out of range for platform time_t');
    return f;
  }
  const i = PyNumber_Index(v);
  if (i >= MAX_TIME_T || i < -MAX_TIME_T) throw E.overflowError('timestamp out of range for platform time_t');
  return Number(i);
}

/** Years a struct tm can hold (its tm_year is a C int). */
function checkYear(tm: Tm): Tm {
  if (tm.year - 1900 > 2147483647 || tm.year - 1900 < -2147483648) throw E.overflowError('timestamp out of range for platform time_t');
  return tm;
}

function nowSeconds(): number {
  return Number(host().timeNs() / 1000000000n);
}

function gmtimeTm(t: number): Tm {
  // glibc's gmtime() names the zone "GMT" (tm_zone, strftime's %Z).
  return checkYear(breakDown(t, 0, 0, 'GMT'));
}

function localtimeTm(t: number): Tm {
  const z = zone();
  const dst = z.isDstAt(t);
  return checkYear(breakDown(t, z.offsetAt(t), dst ? 1 : 0, z.names[dst ? 1 : 0]));
}

function structTime(tm: Tm): V {
  return StructTimeType.make([
    tm.year,
    tm.mon + 1,
    tm.mday,
    tm.hour,
    tm.min,
    tm.sec,
    (tm.wday + 6) % 7,
    tm.yday + 1,
    tm.isdst,
    tm.zone ?? None,
    tm.gmtoff ?? None,
  ]);
}

function cInt(v: V, what: string): number {
  if (v instanceof PyFloat) throw E.typeError(`'float' object cannot be interpreted as an integer`);
  if (!isIntValue(v) && typeOf(v).nb_index === null) throw E.typeError(what);
  const i = PyNumber_Index(v);
  if (i > 2147483647 || i < -2147483648) throw E.overflowError('Python int too large to convert to C int');
  return Number(i);
}

/** A 9-item tuple or struct_time to struct tm.  CPython: gettmarg */
function tmArg(v: V, errorPrefix: string): Tm {
  if (!(v instanceof PyTuple)) throw E.typeError('Tuple or struct_time argument required');
  const items = v.items;
  if (items.length !== 9) throw E.typeError(`${errorPrefix}: illegal time tuple argument`);
  const n = items.map((x) => {
    if (!isIntValue(x) && typeOf(x).nb_index === null) {
      throw E.typeError(`'${typeName(typeOf(x))}' object cannot be interpreted as an integer`);
    }
    return cInt(x, `${errorPrefix}: illegal time tuple argument`);
  });
  // struct tm holds year - 1900 in a C int.
  if (n[0] < -2147483648 + 1900) throw E.overflowError('year out of range');
  const tm: Tm = {
    year: n[0],
    mon: n[1] - 1,
    mday: n[2],
    hour: n[3],
    min: n[4],
    sec: n[5],
    wday: (n[6] + 1) % 7,
    yday: n[7] - 1,
    isdst: n[8],
    zone: null,
    gmtoff: null,
  };
  if (v instanceof PyStructSeq && typeOf(v) === StructTimeType) {
    const z = v.hidden[0];
    if (z !== None) tm.zone = strValue(z);
    const off = v.hidden[1];
    if (off !== None) tm.gmtoff = Number(PyNumber_Index(off));
  }
  return tm;
}

/** CPython: checktm */
function checkTm(tm: Tm): void {
  if (tm.mon === -1) tm.mon = 0;
  else if (tm.mon < 0 || tm.mon > 11) throw E.valueError('month out of range');
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) throw E.valueError('day of month out of range');
  if (tm.hour < 0 || tm.hour > 23) throw E.valueError('hour out of range');
  if (tm.min < 0 || tm.min > 59) throw E.valueError('minute out of range');
  if (tm.sec < 0 || tm.sec > 61) throw E.valueError('seconds out of range');
  if (tm.wday < 0) throw E.valueError('day of week out of range');
  if (tm.yday === -1) tm.yday = 0;
  else if (tm.yday < 0 || tm.yday > 365) throw E.valueError('day of year out of range');
}

// ---- strftime (glibc, C locale) ----

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pad(n: number, width: number, fill = '0'): string {
  const neg = n < 0;
  let s = String(Math.abs(n));
  while (s.length < width) s = fill + s;
  return neg ? '-' + s : s;
}

/** ISO 8601 week-based year and week number.  */
function isoWeek(tm: Tm): [number, number] {
  // The Thursday of this week decides the year.
  const wdayMon = (tm.wday + 6) % 7; // Monday = 0
  let year = tm.year;
  let yday = tm.yday - wdayMon + 3; // day of year of this week's Thursday
  if (yday < 0) {
    year--;
    yday += isLeap(year) ? 366 : 365;
  } else {
    const len = isLeap(year) ? 366 : 365;
    if (yday >= len) {
      year++;
      yday -= len;
    }
  }
  return [year, Math.floor(yday / 7) + 1];
}

function tzOffset(tm: Tm): string {
  const off = tm.gmtoff ?? (tm.isdst > 0 ? -zone().altzone : -zone().timezone);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return `${sign}${pad(Math.floor(a / 3600), 2)}${pad(Math.floor((a % 3600) / 60), 2)}`;
}

function tzName(tm: Tm): string {
  if (tm.zone !== null) return tm.zone;
  if (tm.isdst < 0) return '';
  return zone().names[tm.isdst > 0 ? 1 : 0];
}

/** mktime's seconds for a struct tm in local time (fields normalised as C's mktime does). */
function tmToSeconds(tm: Tm, offset: number): number {
  const y = tm.year + Math.floor(tm.mon / 12);
  const m = ((tm.mon % 12) + 12) % 12;
  const days = daysFromCivil(y, m + 1, 1) + tm.mday - 1;
  return days * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec - offset;
}

export function formatTime(fmt: string, tm: Tm): string {
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== '%') {
      out += c;
      continue;
    }
    if (i + 1 >= fmt.length) {
      out += '%';
      break;
    }
    let j = i + 1;
    // glibc flags and width: '_', '-', '0', '^', '#', then digits, then the E/O modifiers.
    let flag = '';
    while (j < fmt.length && '_-0^#'.includes(fmt[j])) flag = fmt[j++];
    let width = 0;
    while (j < fmt.length && fmt[j] >= '0' && fmt[j] <= '9') width = width * 10 + Number(fmt[j++]);
    if (j < fmt.length && (fmt[j] === 'E' || fmt[j] === 'O')) j++;
    if (j >= fmt.length) {
      out += fmt.slice(i);
      break;
    }
    const spec = fmt[j];
    const num = (n: number, w: number, fill = '0'): string => {
      if (flag === '-') return String(n);
      if (flag === '_') return pad(n, Math.max(w, width), ' ');
      return pad(n, Math.max(w, width), flag === '0' ? '0' : fill);
    };
    const text = (s: string): string => {
      if (flag === '^') s = s.toUpperCase();
      else if (flag === '#') s = s === s.toUpperCase() ? s.toLowerCase() : s.toUpperCase();
      while (s.length < width) s = (flag === '0' ? '0' : ' ') + s;
      return s;
    };
    const hour12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
    let r: string;
    switch (spec) {
      case 'a': r = text(DAYS[tm.wday]?.slice(0, 3) ?? '?'); break;
      case 'A': r = text(DAYS[tm.wday] ?? '?'); break;
      case 'b': case 'h': r = text(MONTHS[tm.mon]?.slice(0, 3) ?? '?'); break;
      case 'B': r = text(MONTHS[tm.mon] ?? '?'); break;
      case 'c': r = text(formatTime('%a %b %e %H:%M:%S %Y', tm)); break;
      case 'C': r = num(Math.floor(tm.year / 100), 2); break;
      case 'd': r = num(tm.mday, 2); break;
      case 'D': r = text(formatTime('%m/%d/%y', tm)); break;
      case 'e': r = num(tm.mday, 2, ' '); break;
      case 'F': r = text(`${pad(tm.year, flag === '' && width === 0 ? 1 : 4)}-${pad(tm.mon + 1, 2)}-${pad(tm.mday, 2)}`); break;
      case 'G': r = num(isoWeek(tm)[0], 1); break;
      case 'g': r = num(((isoWeek(tm)[0] % 100) + 100) % 100, 2); break;
      case 'H': r = num(tm.hour, 2); break;
      case 'I': r = num(hour12, 2); break;
      case 'j': r = num(tm.yday + 1, 3); break;
      case 'k': r = num(tm.hour, 2, ' '); break;
      case 'l': r = num(hour12, 2, ' '); break;
      case 'm': r = num(tm.mon + 1, 2); break;
      case 'M': r = num(tm.min, 2); break;
      case 'n': r = '\n'; break;
      case 'p': r = text(flag === '#' ? (tm.hour < 12 ? 'am' : 'pm') : tm.hour < 12 ? 'AM' : 'PM'); break;
      case 'P': r = text(tm.hour < 12 ? 'am' : 'pm'); break;
      case 'r': r = text(formatTime('%I:%M:%S %p', tm)); break;
      case 'R': r = text(formatTime('%H:%M', tm)); break;
      case 's': r = num(tmToSeconds(tm, tm.gmtoff ?? zone().offsetAt(0)), 1); break;
      case 'S': r = num(tm.sec, 2); break;
      case 't': r = '\t'; break;
      case 'T': r = text(formatTime('%H:%M:%S', tm)); break;
      case 'u': r = num(tm.wday === 0 ? 7 : tm.wday, 1); break;
      case 'U': r = num(Math.floor((tm.yday + 7 - tm.wday) / 7), 2); break;
      case 'V': r = num(isoWeek(tm)[1], 2); break;
      case 'w': r = num(tm.wday, 1); break;
      case 'W': r = num(Math.floor((tm.yday + 7 - ((tm.wday + 6) % 7)) / 7), 2); break;
      case 'x': r = text(formatTime('%m/%d/%y', tm)); break;
      case 'X': r = text(formatTime('%H:%M:%S', tm)); break;
      case 'y': r = num(((tm.year % 100) + 100) % 100, 2); break;
      case 'Y': r = num(tm.year, 1); break;
      case 'z': r = text(tzOffset(tm)); break;
      case 'Z': r = text(tzName(tm)); break;
      case '%': r = '%'; break;
      case '+': r = text(formatTime('%a %b %e %H:%M:%S %Z %Y', tm)); break;
      default:
        // glibc copies an unknown conversion as it is.
        r = fmt.slice(i, j + 1);
    }
    out += r;
    i = j;
  }
  return out;
}

// ---- the module's functions ----

function argCount(name: string, args: V[], max: number): void {
  if (args.length > max) throw E.typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
}

function timeArgOrNow(args: V[]): number {
  return args.length === 0 || args[0] === None ? nowSeconds() : timeTArg(args[0]);
}

function gmtime(_m: V, args: V[]): V {
  argCount('gmtime', args, 1);
  return structTime(gmtimeTm(timeArgOrNow(args)));
}

function localtime(_m: V, args: V[]): V {
  argCount('localtime', args, 1);
  return structTime(localtimeTm(timeArgOrNow(args)));
}

/** asctime's fixed format.  CPython: _asctime */
function asctimeOf(tm: Tm): string {
  return `${DAYS[tm.wday].slice(0, 3)} ${MONTHS[tm.mon].slice(0, 3)}${pad(tm.mday, 3, ' ')} ${pad(tm.hour, 2)}:${pad(tm.min, 2)}:${pad(tm.sec, 2)} ${tm.year}`;
}

function asctime(_m: V, args: V[]): V {
  argCount('asctime', args, 1);
  let tm: Tm;
  if (args.length === 0) tm = localtimeTm(nowSeconds());
  else {
    tm = tmArg(args[0], 'asctime()');
    checkTm(tm);
  }
  return asctimeOf(tm);
}

function ctime(_m: V, args: V[]): V {
  argCount('ctime', args, 1);
  return asctimeOf(localtimeTm(timeArgOrNow(args)));
}

function mktime(_m: V, t: V): V {
  const tm = tmArg(t, 'mktime()');
  const z = zone();
  // Local time to UTC: guess with the offset of the naive reading, then correct once.
  let secs = tmToSeconds(tm, 0);
  secs = tmToSeconds(tm, z.offsetAt(secs - z.offsetAt(secs)));
  if (!Number.isFinite(secs) || Math.abs(secs) >= MAX_TIME_T) throw E.overflowError('mktime argument out of range');
  return new PyFloat(secs);
}

function strftime(_m: V, args: V[]): V {
  if (args.length < 1) throw E.typeError('function takes at least 1 argument (0 given)');
  argCount('strftime', args, 2);
  const fmt = args[0];
  if (!isStrValue(fmt)) throw E.typeError(`strftime() argument 1 must be str, not ${typeName(typeOf(fmt))}`);
  let tm: Tm;
  if (args.length < 2) tm = localtimeTm(nowSeconds());
  else {
    tm = tmArg(args[1], 'strftime()');
    checkTm(tm);
  }
  if (tm.isdst < -1) tm.isdst = -1;
  else if (tm.isdst > 1) tm.isdst = 1;
  return formatTime(strValue(fmt), tm);
}

function strptime(_m: V, args: V[]): V {
  const mod = builtinImport('_strptime', None, None, new PyTuple(['_strptime_time']), 0);
  return PyObject_Call(PyObject_GetAttr(mod, '_strptime_time'), args);
}

/** A seconds argument (float or int) for sleep() and timeouts.  CPython: _PyTime_FromSecondsObject */
export function secondsArg(v: V): number {
  if (v instanceof PyFloat) {
    if (Number.isNaN(v.value)) throw E.valueError('Invalid value NaN (not a number)');
    return v.value;
  }
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean' && typeOf(v).nb_index === null) {
    throw E.typeError(`'${typeOf(v).tp_name}' object cannot be interpreted as an integer or float`);
  }
  return Number(PyNumber_Index(v));
}

function sleep(_m: V, secs: V): void {
  const s = secondsArg(secs);
  if (s < 0) throw E.valueError('sleep length must be non-negative');
  host().sleep(s);
}

function nsFloat(ns: bigint): PyFloat {
  return new PyFloat(Number(ns) / 1e9);
}

const CLOCKS: Record<string, [string, boolean, boolean, number]> = {
  time: ['clock_gettime(CLOCK_REALTIME)', false, true, 1e-9],
  monotonic: ['clock_gettime(CLOCK_MONOTONIC)', true, false, 1e-9],
  perf_counter: ['clock_gettime(CLOCK_MONOTONIC)', true, false, 1e-9],
  process_time: ['clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', true, false, 1e-9],
  thread_time: ['clock_gettime(CLOCK_THREAD_CPUTIME_ID)', true, false, 1e-9],
};

function getClockInfo(_m: V, args: V[]): V {
  if (args.length !== 1) throw E.typeError(`function takes exactly 1 argument (${args.length} given)`);
  const name = args[0];
  if (!isStrValue(name)) throw E.typeError(`get_clock_info() argument 1 must be str, not ${typeName(typeOf(name))}`);
  const info = CLOCKS[strValue(name)];
  if (info === undefined) throw E.valueError('unknown clock');
  return newNamespace({ implementation: info[0], monotonic: info[1], adjustable: info[2], resolution: new PyFloat(info[3]) });
}

function clockNs(id: number): bigint {
  switch (id) {
    case 0: // CLOCK_REALTIME
    case 11: // CLOCK_TAI
      return host().timeNs();
    case 1: // CLOCK_MONOTONIC
    case 4: // CLOCK_MONOTONIC_RAW
    case 7: // CLOCK_BOOTTIME
      return host().monotonicNs();
    case 2: // CLOCK_PROCESS_CPUTIME_ID
    case 3: // CLOCK_THREAD_CPUTIME_ID
      return host().processTimeNs();
  }
  throw E.newException(E.PyExc_OSError, [22, 'Invalid argument']);
}

/**
 * clock_settime(clk_id, time): the seconds are checked as CPython converts them; then Differs
 * from CPython: the host never sets a clock, so CLOCK_REALTIME answers EPERM (as for a process
 * without CAP_SYS_TIME) and the others EINVAL (as Linux for clocks that cannot be set).
 * CPython: Modules/timemodule.c time_clock_settime
 */
function clockSettime(id: V, t: V, ns: boolean): void {
  const clk = intArg(id);
  if (ns || !(t instanceof PyFloat)) PyNumber_Index(t);
  throw newOSError(clk === 0 ? 1 : 22);
}

function tzset(): void {
  // The host's zone is fixed for the life of the interpreter.
}

export const timeModule = defineModule({
  name: 'time',
  doc: moduleDoc('time'),
  functions: withDocs('time', {
    time: { sig: '($module, /)', impl: () => nsFloat(host().timeNs()) },
    time_ns: { sig: '($module, /)', impl: () => normInt(host().timeNs()) },
    monotonic: { sig: '($module, /)', impl: () => nsFloat(host().monotonicNs()) },
    monotonic_ns: { sig: '($module, /)', impl: () => normInt(host().monotonicNs()) },
    perf_counter: { sig: '($module, /)', impl: () => nsFloat(host().monotonicNs()) },
    perf_counter_ns: { sig: '($module, /)', impl: () => normInt(host().monotonicNs()) },
    process_time: { sig: '($module, /)', impl: () => nsFloat(host().processTimeNs()) },
    process_time_ns: { sig: '($module, /)', impl: () => normInt(host().processTimeNs()) },
    thread_time: { sig: '($module, /)', impl: () => nsFloat(host().processTimeNs()) },
    thread_time_ns: { sig: '($module, /)', impl: () => normInt(host().processTimeNs()) },
    clock_gettime: { sig: '($module, clk_id, /)', impl: (_m: V, id: V) => nsFloat(clockNs(Number(PyNumber_Index(id)))) },
    clock_gettime_ns: { sig: '($module, clk_id, /)', impl: (_m: V, id: V) => normInt(clockNs(Number(PyNumber_Index(id)))) },
    clock_settime: { sig: '($module, clk_id, time, /)', impl: (_m: V, id: V, t: V) => clockSettime(id, t, false) },
    clock_settime_ns: { sig: '($module, clk_id, time, /)', impl: (_m: V, id: V, t: V) => clockSettime(id, t, true) },
    clock_getres: { sig: '($module, clk_id, /)', impl: () => new PyFloat(1e-9) },
    sleep: { sig: '($module, seconds, /)', impl: sleep },
    gmtime: { sig: '($module, *args)', impl: gmtime },
    localtime: { sig: '($module, *args)', impl: localtime },
    asctime: { sig: '($module, *args)', impl: asctime },
    ctime: { sig: '($module, *args)', impl: ctime },
    mktime: { sig: '($module, t, /)', impl: mktime },
    strftime: { sig: '($module, *args)', impl: strftime },
    strptime: { sig: '($module, *args)', impl: strptime },
    get_clock_info: { sig: '($module, *args)', impl: getClockInfo },
    tzset: { sig: '($module, /)', impl: tzset },
  }),
  constants: () => {
    const z = zone();
    return {
      struct_time: StructTimeType,
      // The number of fields struct_time has (tm_zone and tm_gmtoff included): _strptime slices to it.
      _STRUCT_TM_ITEMS: 11,
      timezone: z.timezone,
      altzone: z.altzone,
      daylight: z.daylight,
      tzname: new PyTuple([z.names[0], z.names[1]]),
      CLOCK_REALTIME: 0,
      CLOCK_MONOTONIC: 1,
      CLOCK_PROCESS_CPUTIME_ID: 2,
      CLOCK_THREAD_CPUTIME_ID: 3,
      CLOCK_MONOTONIC_RAW: 4,
      CLOCK_BOOTTIME: 7,
      CLOCK_TAI: 11,
    };
  },
});
