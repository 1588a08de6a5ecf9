// Calendar arithmetic and argument helpers shared by the _datetime types.  CPython: Modules/_datetimemodule.c
// (ymd_to_ord, ord_to_ymd, days_before_year, iso_week1_monday, divide_nearest, the int converters).
import { PyFloat } from '../../objects/float.ts';
import { typeOf } from '../../objects/type.ts';
import type { PyValue } from '../../objects/object.ts';
import { PyNumber_Index } from '../../objects/abstract.ts';
import { typeError, overflowError } from '../../objects/exceptions.ts';
import { normInt } from '../../objects/int.ts';

export type V = PyValue;

export const MINYEAR = 1;
export const MAXYEAR = 9999;
/** date.max.toordinal() */
export const MAX_ORDINAL = 3652059;
export const MAX_DELTA_DAYS = 999999999;

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

export function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month];
}

export function daysBeforeMonth(year: number, month: number): number {
  return DAYS_BEFORE_MONTH[month] + (month > 2 && isLeap(year) ? 1 : 0);
}

/** Days in the years before `year` (year 1 has none before it).  CPython: days_before_year */
export function daysBeforeYear(year: number): number {
  const y = year - 1;
  return y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
}

/** The proleptic Gregorian ordinal: 0001-01-01 is day 1.  CPython: ymd_to_ord */
export function ymdToOrd(year: number, month: number, day: number): number {
  return daysBeforeYear(year) + daysBeforeMonth(year, month) + day;
}

const DI400Y = daysBeforeYear(401);
const DI100Y = daysBeforeYear(101);
const DI4Y = daysBeforeYear(5);

/** The (year, month, day) of an ordinal.  CPython: ord_to_ymd */
export function ordToYmd(ordinal: number): [number, number, number] {
  let n = ordinal - 1;
  const n400 = Math.floor(n / DI400Y);
  n -= n400 * DI400Y;
  let year = n400 * 400 + 1;
  const n100 = Math.floor(n / DI100Y);
  n -= n100 * DI100Y;
  const n4 = Math.floor(n / DI4Y);
  n -= n4 * DI4Y;
  const n1 = Math.floor(n / 365);
  n -= n1 * 365;
  year += n100 * 100 + n4 * 4 + n1;
  if (n1 === 4 || n100 === 4) return [year - 1, 12, 31];
  const leap = n1 === 3 && (n4 !== 24 || n100 === 3);
  let month = (n + 50) >> 5;
  let preceding = DAYS_BEFORE_MONTH[month] + (month > 2 && leap ? 1 : 0);
  if (preceding > n) {
    month -= 1;
    preceding -= DAYS_IN_MONTH[month] + (month === 2 && leap ? 1 : 0);
  }
  return [year, month, n - preceding + 1];
}

/** 0 = Monday.  CPython: weekday */
export function weekday(year: number, month: number, day: number): number {
  return (ymdToOrd(year, month, day) + 6) % 7;
}

/** The ordinal of the Monday of ISO week 1 of `year`.  CPython: iso_week1_monday */
export function isoWeek1Monday(year: number): number {
  const first = daysBeforeYear(year) + 1;
  const firstWeekday = (first + 6) % 7;
  let week1 = first - firstWeekday;
  if (firstWeekday > 3) week1 += 7;
  return week1;
}

/** The C int an argument converts to ('i' format): TypeError for non-integers, OverflowError beyond int. */
export function cInt(v: V): number {
  if (v instanceof PyFloat) throw typeError("'float' object cannot be interpreted as an integer");
  const i = PyNumber_Index(v);
  // As a 64-bit CPython: PyLong_AsLong, then the int range.
  if (typeof i === 'bigint' && (i >= 2n ** 63n || i < -(2n ** 63n))) throw overflowError('Python int too large to convert to C long');
  if (i > 2147483647) throw overflowError('signed integer is greater than maximum');
  if (i < -2147483648) throw overflowError('signed integer is less than minimum');
  return Number(i);
}

/** m / n rounded to the nearest integer, halves to even.  CPython: divide_nearest */
export function divideNearest(m: bigint, n: bigint): bigint {
  let q = m / n;
  let r = m % n;
  // BigInt division truncates: make it floor division first.
  if (r !== 0n && (r < 0n) !== (n < 0n)) {
    q -= 1n;
    r += n;
  }
  const r2 = 2n * r;
  const absN = n < 0n ? -n : n;
  const absR2 = r2 < 0n ? -r2 : r2;
  if (absR2 > absN || (absR2 === absN && (q & 1n) === 1n)) q += 1n;
  return q;
}

/** floor(a / b) and the remainder with b's sign. */
export function floorDivMod(a: bigint, b: bigint): [bigint, bigint] {
  let q = a / b;
  let r = a % b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

export function pyInt(b: bigint): V {
  return normInt(b);
}

export function isIntArg(v: V): boolean {
  const t = typeof v;
  return t === 'number' || t === 'bigint' || t === 'boolean' || (typeof v === 'object' && typeOf(v).tp_name !== 'float' && isIntSubclass(v));
}

function isIntSubclass(v: V): boolean {
  for (const t of typeOf(v).tp_mro) if (t.tp_name === 'int') return true;
  return false;
}

export function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length < width ? '0'.repeat(width - s.length) + s : s);
}
