// datetime.timedelta: a duration as normalized (days, seconds, microseconds).  CPython: Modules/_datetimemodule.c
// (delta_new and accum, new_delta_ex, microseconds_to_delta_ex, the delta_* number slots, delta_repr/str).
import { None, NotImplemented, PyObject } from '../../objects/object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf, PyType_IsSubtype } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyFloat } from '../../objects/float.ts';
import { IntType } from '../../objects/int.ts';
import * as A from '../../objects/abstract.ts';
import { typeError, overflowError, valueError, zeroDivisionError } from '../../objects/exceptions.ts';
import { bindArguments, parseSignature } from '../../objects/getargs.ts';
import { MAX_DELTA_DAYS, divideNearest, floorDivMod, pyInt, type V } from './common.ts';

export class PyDelta extends PyObject {
  hashcode: number | bigint | null = null;
  constructor(
    readonly days: number,
    readonly seconds: number,
    readonly microseconds: number,
  ) {
    super();
  }
}

const US_PER_SECOND = 1000000n;
const US_PER_DAY = 86400000000n;

function checkDayRange(days: number | bigint): void {
  if (typeof days === 'bigint' || days > 2147483647 || days < -2147483648) throw overflowError('Python int too large to convert to C int');
  if (days > MAX_DELTA_DAYS || days < -MAX_DELTA_DAYS) throw overflowError(`days=${days}; must have magnitude <= ${MAX_DELTA_DAYS}`);
}

/** A timedelta of `type` from normalized fields.  CPython: new_delta_ex */
export function newDelta(days: number, seconds: number, us: number, normalize: boolean, type: PyType = DeltaType): PyDelta {
  if (normalize) {
    let carry = Math.floor(us / 1000000);
    us -= carry * 1000000;
    seconds += carry;
    carry = Math.floor(seconds / 86400);
    seconds -= carry * 86400;
    days += carry;
  }
  checkDayRange(days);
  if (type === DeltaType) return new PyDelta(days, seconds, us);
  return newHeapInstance(PyDelta, type, days, seconds, us);
}

export function deltaToMicroseconds(d: PyDelta): bigint {
  return (BigInt(d.days) * 86400n + BigInt(d.seconds)) * US_PER_SECOND + BigInt(d.microseconds);
}

/** CPython: microseconds_to_delta_ex */
export function microsecondsToDelta(us: bigint, type: PyType = DeltaType): PyDelta {
  const [s, rus] = floorDivMod(us, US_PER_SECOND);
  const [d, rs] = floorDivMod(s, 86400n);
  if (d > 2147483647n || d < -2147483648n) throw overflowError('Python int too large to convert to C int');
  return newDelta(Number(d), Number(rs), Number(rus), false, type);
}

export function isDelta(v: V): v is PyDelta {
  return v instanceof PyDelta;
}

// ---- construction ----

const NEW_SIG = parseSignature('(days=<unrepresentable>, seconds=<unrepresentable>, microseconds=<unrepresentable>, milliseconds=<unrepresentable>, minutes=<unrepresentable>, hours=<unrepresentable>, weeks=<unrepresentable>)');

/** The integer part of a float, as an int.  CPython: PyLong_FromDouble */
function bigFromDouble(x: number): bigint {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
    throw overflowError('cannot convert float infinity to integer');
  }
  return BigInt(x);
}

// CPython: accum
function accum(tag: string, sofar: bigint, num: V, factor: bigint, leftover: { v: number }): bigint {
  if (typeof num === 'number' || typeof num === 'bigint' || typeof num === 'boolean' || (num instanceof PyObject && A.PyObject_IsInstance(num, IntType))) {
    return sofar + BigInt(A.PyNumber_Index(num)) * factor;
  }
  if (num instanceof PyFloat) {
    const dnum = num.value;
    const intpart = Math.trunc(dnum);
    let frac = dnum - intpart;
    let sum = sofar + bigFromDouble(intpart) * factor;
    if (Number.isFinite(dnum) && frac === 0) return sum;
    const scaled = Number(factor) * frac;
    const ip = Math.trunc(scaled);
    frac = scaled - ip;
    sum += bigFromDouble(ip);
    leftover.v += frac;
    return sum;
  }
  throw typeError(`unsupported type for timedelta ${tag} component: ${typeOf(num).tp_name}`);
}

// CPython: delta_new
function deltaNew(type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  const [day, second, us, ms, minute, hour, week] = bindArguments(NEW_SIG, { short: '__new__', funcStr: '__new__()' }, args, kwnames) as (V | undefined)[];
  let x = 0n;
  const leftover = { v: 0 };
  if (us !== undefined) x = accum('microseconds', x, us, 1n, leftover);
  if (ms !== undefined) x = accum('milliseconds', x, ms, 1000n, leftover);
  if (second !== undefined) x = accum('seconds', x, second, US_PER_SECOND, leftover);
  if (minute !== undefined) x = accum('minutes', x, minute, 60n * US_PER_SECOND, leftover);
  if (hour !== undefined) x = accum('hours', x, hour, 3600n * US_PER_SECOND, leftover);
  if (day !== undefined) x = accum('days', x, day, US_PER_DAY, leftover);
  if (week !== undefined) x = accum('weeks', x, week, 7n * US_PER_DAY, leftover);
  if (leftover.v) {
    // Round to the nearest microsecond, halves to even (looking at the exact sum so far).
    const lv = leftover.v;
    let whole = Math.round(lv);
    if (Math.abs(whole - lv) === 0.5) {
      const odd = x & 1n ? 1 : 0;
      whole = 2 * Math.round((lv + odd) * 0.5) - odd;
    } else {
      // C's round() rounds halves away from zero; JS's toward +inf: only halves differ, handled above.
      whole = Math.sign(lv) * Math.round(Math.abs(lv));
    }
    x += BigInt(whole);
  }
  return microsecondsToDelta(x, type);
}

// ---- number slots ----

function deltaAdd(a: V, b: V): V {
  if (isDelta(a) && isDelta(b)) return newDelta(a.days + b.days, a.seconds + b.seconds, a.microseconds + b.microseconds, true);
  return NotImplemented;
}

function deltaSubtract(a: V, b: V): V {
  if (isDelta(a) && isDelta(b)) return newDelta(a.days - b.days, a.seconds - b.seconds, a.microseconds - b.microseconds, true);
  return NotImplemented;
}

function deltaNegative(a: V): V {
  const d = a as PyDelta;
  return newDelta(-d.days, -d.seconds, -d.microseconds, true);
}

function deltaPositive(a: V): V {
  const d = a as PyDelta;
  return newDelta(d.days, d.seconds, d.microseconds, false);
}

function deltaAbsolute(a: V): V {
  return (a as PyDelta).days < 0 ? deltaNegative(a) : deltaPositive(a);
}

function isIntObj(v: V): boolean {
  const t = typeof v;
  if (t === 'number' || t === 'bigint' || t === 'boolean') return true;
  return v instanceof PyObject && PyType_IsSubtype(typeOf(v), IntType);
}

function intOf(v: V): bigint {
  return BigInt(A.PyNumber_Index(v));
}

/** The float as an exact ratio.  CPython: get_float_as_integer_ratio */
function floatRatio(f: V): [bigint, bigint] {
  const r = A.PyObject_CallMethod(f, 'as_integer_ratio', []);
  if (!(r instanceof PyTuple)) throw typeError(`unexpected return type from as_integer_ratio(): expected tuple, not '${typeOf(r).tp_name}'`);
  if (r.items.length !== 2) throw valueError('as_integer_ratio() must return a 2-tuple');
  return [intOf(r.items[0]), intOf(r.items[1])];
}

// CPython: multiply_truedivide_timedelta_float
function mulDivFloat(d: PyDelta, f: V, divide: boolean): V {
  const us = deltaToMicroseconds(d);
  const [n, q] = floatRatio(f);
  const den = divide ? n : q;
  if (den === 0n) throw zeroDivisionError('division by zero');
  return microsecondsToDelta(divide ? divideNearest(us * q, n) : divideNearest(us * n, q));
}

function deltaMultiply(a: V, b: V): V {
  if (isDelta(a)) {
    if (isIntObj(b)) return microsecondsToDelta(deltaToMicroseconds(a) * intOf(b));
    if (b instanceof PyFloat) return mulDivFloat(a, b, false);
  } else if (isDelta(b)) {
    if (isIntObj(a)) return microsecondsToDelta(deltaToMicroseconds(b) * intOf(a));
    if (a instanceof PyFloat) return mulDivFloat(b, a, false);
  }
  return NotImplemented;
}

function nonZero(n: bigint, msg: string): bigint {
  if (n === 0n) throw zeroDivisionError(msg);
  return n;
}

function deltaFloorDivide(a: V, b: V): V {
  if (isDelta(a)) {
    if (isIntObj(b)) return microsecondsToDelta(floorDivMod(deltaToMicroseconds(a), nonZero(intOf(b), 'division by zero'))[0]);
    if (isDelta(b)) return pyInt(floorDivMod(deltaToMicroseconds(a), nonZero(deltaToMicroseconds(b), 'division by zero'))[0]);
  }
  return NotImplemented;
}

function deltaTrueDivide(a: V, b: V): V {
  if (isDelta(a)) {
    if (isDelta(b)) return A.PyNumber_TrueDivide(pyInt(deltaToMicroseconds(a)), pyInt(deltaToMicroseconds(b)));
    if (b instanceof PyFloat) return mulDivFloat(a, b, true);
    if (isIntObj(b)) return microsecondsToDelta(divideNearest(deltaToMicroseconds(a), nonZero(intOf(b), 'division by zero')));
  }
  return NotImplemented;
}

function deltaRemainder(a: V, b: V): V {
  if (isDelta(a) && isDelta(b)) {
    return microsecondsToDelta(floorDivMod(deltaToMicroseconds(a), nonZero(deltaToMicroseconds(b), 'division by zero'))[1]);
  }
  return NotImplemented;
}

function deltaDivmod(a: V, b: V): V {
  if (isDelta(a) && isDelta(b)) {
    const [q, r] = floorDivMod(deltaToMicroseconds(a), nonZero(deltaToMicroseconds(b), 'division by zero'));
    return new PyTuple([pyInt(q), microsecondsToDelta(r)]);
  }
  return NotImplemented;
}

function deltaBool(a: V): boolean {
  const d = a as PyDelta;
  return d.days !== 0 || d.seconds !== 0 || d.microseconds !== 0;
}

export function cmpResult(diff: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.EQ: return diff === 0;
    case CompareOp.NE: return diff !== 0;
    case CompareOp.LT: return diff < 0;
    case CompareOp.LE: return diff <= 0;
    case CompareOp.GT: return diff > 0;
    default: return diff >= 0;
  }
}

function deltaRichcompare(a: V, b: V, op: CompareOp): V {
  if (!isDelta(b)) return NotImplemented;
  const d = a as PyDelta;
  const diff = d.days - b.days || d.seconds - b.seconds || d.microseconds - b.microseconds;
  return cmpResult(diff, op);
}

function deltaHash(a: V): number | bigint {
  const d = a as PyDelta;
  return (d.hashcode ??= A.PyObject_Hash(new PyTuple([d.days, d.seconds, d.microseconds])));
}

function deltaRepr(a: V): string {
  const d = a as PyDelta;
  const parts: string[] = [];
  if (d.days !== 0) parts.push(`days=${d.days}`);
  if (d.seconds !== 0) parts.push(`seconds=${d.seconds}`);
  if (d.microseconds !== 0) parts.push(`microseconds=${d.microseconds}`);
  return `${typeOf(d).tp_name}(${parts.length ? parts.join(', ') : '0'})`;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function deltaStr(a: V): string {
  const d = a as PyDelta;
  let s = d.seconds;
  const minutes = Math.floor(s / 60) % 60;
  const hours = Math.floor(s / 3600);
  s %= 60;
  const clock = `${hours}:${two(minutes)}:${two(s)}${d.microseconds ? '.' + String(d.microseconds).padStart(6, '0') : ''}`;
  if (!d.days) return clock;
  return `${d.days} day${d.days === 1 || d.days === -1 ? '' : 's'}, ${clock}`;
}

function totalSeconds(d: PyDelta): V {
  return A.PyNumber_TrueDivide(pyInt(deltaToMicroseconds(d)), 1000000);
}

function deltaReduce(d: PyDelta): V {
  return new PyTuple([typeOf(d), new PyTuple([d.days, d.seconds, d.microseconds])]);
}

export const DeltaType = defineBuiltinType({
  name: 'datetime.timedelta',
  doc: 'A difference between two datetime values, in days, seconds and microseconds.',
  textSignature: '(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyDelta,
  slots: { tp_new: deltaNew, tp_repr: deltaRepr, tp_str: deltaStr, tp_richcompare: deltaRichcompare, tp_hash: deltaHash },
  number: {
    nb_add: deltaAdd,
    nb_subtract: deltaSubtract,
    nb_multiply: deltaMultiply,
    nb_remainder: deltaRemainder,
    nb_divmod: deltaDivmod,
    nb_negative: deltaNegative,
    nb_positive: deltaPositive,
    nb_absolute: deltaAbsolute,
    nb_bool: deltaBool,
    nb_floor_divide: deltaFloorDivide,
    nb_true_divide: deltaTrueDivide,
  },
  methods: {
    total_seconds: { sig: '($self, /)', impl: totalSeconds, doc: 'Total seconds in the duration.' },
    __reduce__: { sig: '($self, /)', impl: deltaReduce, doc: '__reduce__() -> (cls, state)' },
  },
  members: {
    days: { get: (d: PyDelta) => d.days, doc: 'Number of days.' },
    seconds: { get: (d: PyDelta) => d.seconds, doc: 'Number of seconds (>= 0 and less than 1 day).' },
    microseconds: { get: (d: PyDelta) => d.microseconds, doc: 'Number of microseconds (>= 0 and less than 1 second).' },
  },
  attrs: () => ({
    min: new PyDelta(-MAX_DELTA_DAYS, 0, 0),
    max: new PyDelta(MAX_DELTA_DAYS, 86399, 999999),
    resolution: new PyDelta(0, 0, 1),
  }),
});

void None;
