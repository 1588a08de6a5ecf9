// datetime.tzinfo (the abstract base) and datetime.timezone (fixed offsets).  CPython:
// Modules/_datetimemodule.c (tzinfo_*, new_timezone, timezone_*).
import { None, NotImplemented, PyObject } from '../../objects/object.ts';
import { PyType, TPFLAGS, CompareOp, typeOf } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { PyTuple, EMPTY_TUPLE } from '../../objects/tuple.ts';
import * as A from '../../objects/abstract.ts';
import { typeError, valueError, notImplementedError } from '../../objects/exceptions.ts';
import { isStrValue, strValue } from '../../objects/boxes.ts';
import { bindArguments, parseSignature } from '../../objects/getargs.ts';
import { pad, type V } from './common.ts';
import { PyDelta, DeltaType, newDelta, deltaToMicroseconds } from './timedelta.ts';

export class PyTZInfo extends PyObject {}

/** Hooks datetime.ts installs: whether a value is a datetime, and datetime + timedelta. */
export const datetimeHooks: {
  isDateTime: (v: V) => boolean;
  tzinfoOf: (v: V) => V;
  utcoffset: (v: V) => V;
  dst: (v: V) => V;
  addDelta: (dt: V, d: PyDelta) => V;
} = {
  isDateTime: () => false,
  tzinfoOf: () => None,
  utcoffset: () => None,
  dst: () => None,
  addDelta: () => None,
};

// ---- tzinfo ----

function nogo(name: string): never {
  throw notImplementedError(`a tzinfo subclass must implement ${name}()`);
}

// CPython: tzinfo_fromutc
function tzinfoFromutc(self: V, dt: V): V {
  if (!datetimeHooks.isDateTime(dt)) throw typeError('fromutc: argument must be a datetime');
  if (datetimeHooks.tzinfoOf(dt) !== self) throw valueError('fromutc: dt.tzinfo is not self');
  const off = datetimeHooks.utcoffset(dt);
  if (off === None) throw valueError('fromutc: non-None utcoffset() result required');
  let dst = datetimeHooks.dst(dt);
  if (dst === None) throw valueError('fromutc: non-None dst() result required');
  const o = off as PyDelta;
  const d = dst as PyDelta;
  const delta = newDelta(o.days - d.days, o.seconds - d.seconds, o.microseconds - d.microseconds, true);
  let result = datetimeHooks.addDelta(dt, delta);
  dst = A.PyObject_CallMethod(self, 'dst', [result]);
  if (dst === None) throw valueError('fromutc: tz.dst() gave inconsistent results; cannot convert');
  if (!(dst instanceof PyDelta)) throw typeError(`tzinfo.dst() must return None or timedelta, not '${typeOf(dst).tp_name}'`);
  if (dst.days || dst.seconds || dst.microseconds) result = datetimeHooks.addDelta(result, dst);
  return result;
}

// CPython: tzinfo_reduce
function tzinfoReduce(self: V): V {
  const getinitargs = A.PyObject_LookupAttr(self, '__getinitargs__');
  const args = getinitargs !== undefined && getinitargs !== null ? A.PyObject_CallNoArgs(getinitargs) : EMPTY_TUPLE;
  const state = A.PyObject_CallMethod(self, '__getstate__', []);
  return new PyTuple([typeOf(self), args, state]);
}

function tzinfoNew(type: PyType): V {
  if (type === TZInfoType) return new PyTZInfo();
  return newHeapInstance(PyTZInfo, type);
}

export const TZInfoType = defineBuiltinType({
  name: 'datetime.tzinfo',
  doc: 'Abstract base class for time zone info objects.',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyTZInfo,
  slots: { tp_new: (type: PyType) => tzinfoNew(type) },
  methods: {
    tzname: { sig: '($self, dt, /)', impl: () => nogo('tzname'), doc: 'datetime -> string name of time zone.' },
    utcoffset: { sig: '($self, dt, /)', impl: () => nogo('utcoffset'), doc: 'datetime -> timedelta showing offset from UTC, negative values indicating West of UTC' },
    dst: { sig: '($self, dt, /)', impl: () => nogo('dst'), doc: 'datetime -> DST offset as timedelta positive east of UTC.' },
    fromutc: { sig: '($self, dt, /)', impl: tzinfoFromutc, doc: 'datetime in UTC -> datetime in local time.' },
    __reduce__: { sig: '($self, /)', impl: tzinfoReduce, doc: '-> (cls, state)' },
  },
});

// ---- timezone ----

export class PyTimeZone extends PyTZInfo {
  constructor(
    readonly offset: PyDelta,
    readonly tzName: string | null,
  ) {
    super();
  }
}

let utcSingleton: PyTimeZone | null = null;

export function utc(): PyTimeZone {
  return (utcSingleton ??= new PyTimeZone(new PyDelta(0, 0, 0), null));
}

/** CPython: new_timezone */
export function newTimezone(offset: PyDelta, name: string | null): PyTimeZone {
  if (name === null && !offset.days && !offset.seconds && !offset.microseconds) return utc();
  if ((offset.days === -1 && offset.seconds === 0 && offset.microseconds < 1) || offset.days < -1 || offset.days >= 1) {
    throw valueError(`offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${A.PyObject_Repr(offset)}`);
  }
  return new PyTimeZone(offset, name);
}

const TZ_SIG = parseSignature('(offset, name=<unrepresentable>)');

function timezoneNew(_type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  const [offset, name] = bindArguments(TZ_SIG, { short: 'timezone', funcStr: 'timezone()' }, args, kwnames) as (V | undefined)[];
  if (!(offset instanceof PyDelta)) throw typeError(`timezone() argument 1 must be datetime.timedelta, not ${typeOf(offset!).tp_name}`);
  if (name !== undefined && !isStrValue(name)) throw typeError(`timezone() argument 2 must be str, not ${typeOf(name).tp_name}`);
  return newTimezone(offset, name === undefined ? null : strValue(name));
}

function timezoneRichcompare(a: V, b: V, op: CompareOp): V {
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return NotImplemented;
  if (!(b instanceof PyTimeZone)) return NotImplemented;
  return A.PyObject_RichCompare((a as PyTimeZone).offset, b.offset, op);
}

function timezoneHash(a: V): number | bigint {
  return A.PyObject_Hash((a as PyTimeZone).offset);
}

function checkArgument(dt: V, meth: string): void {
  if (dt === None || datetimeHooks.isDateTime(dt)) return;
  throw typeError(`${meth}(dt) argument must be a datetime instance or None, not ${typeOf(dt).tp_name.slice(0, 200)}`);
}

function timezoneRepr(a: V): string {
  const tz = a as PyTimeZone;
  const name = typeOf(tz).tp_name;
  if (tz === utcSingleton) return `${name}.utc`;
  if (tz.tzName === null) return `${name}(${A.PyObject_Repr(tz.offset)})`;
  return `${name}(${A.PyObject_Repr(tz.offset)}, ${A.PyObject_Repr(tz.tzName)})`;
}

export function timezoneStr(a: V): string {
  const tz = a as PyTimeZone;
  if (tz.tzName !== null) return tz.tzName;
  let off = tz.offset;
  if (tz === utcSingleton || (!off.days && !off.seconds && !off.microseconds)) return 'UTC';
  let sign = '+';
  if (off.days < 0) {
    sign = '-';
    off = newDelta(-off.days, -off.seconds, -off.microseconds, true);
  }
  const hours = Math.floor(off.seconds / 3600);
  const minutes = Math.floor(off.seconds / 60) % 60;
  const seconds = off.seconds % 60;
  if (off.microseconds) return `UTC${sign}${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(off.microseconds, 6)}`;
  if (seconds) return `UTC${sign}${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}`;
  return `UTC${sign}${pad(hours, 2)}:${pad(minutes, 2)}`;
}

function timezoneFromutc(self: V, dt: V): V {
  if (!datetimeHooks.isDateTime(dt)) throw typeError('fromutc: argument must be a datetime');
  if (datetimeHooks.tzinfoOf(dt) !== self) throw valueError('fromutc: dt.tzinfo is not self');
  return datetimeHooks.addDelta(dt, (self as PyTimeZone).offset);
}

function timezoneGetinitargs(self: PyTimeZone): V {
  return self.tzName === null ? new PyTuple([self.offset]) : new PyTuple([self.offset, self.tzName]);
}

export const TimeZoneType = defineBuiltinType({
  name: 'datetime.timezone',
  doc: 'Fixed offset from UTC implementation of tzinfo.',
  base: () => TZInfoType,
  instanceClass: PyTimeZone,
  slots: { tp_new: timezoneNew, tp_repr: timezoneRepr, tp_str: timezoneStr, tp_richcompare: timezoneRichcompare, tp_hash: timezoneHash },
  methods: {
    tzname: { sig: '($self, dt, /)', impl: (s: V, dt: V) => (checkArgument(dt, 'tzname'), timezoneStr(s)), doc: "If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'." },
    utcoffset: { sig: '($self, dt, /)', impl: (s: PyTimeZone, dt: V) => (checkArgument(dt, 'utcoffset'), s.offset), doc: 'Return fixed offset.' },
    dst: { sig: '($self, dt, /)', impl: (_s: V, dt: V) => (checkArgument(dt, 'dst'), None), doc: 'Return None.' },
    fromutc: { sig: '($self, dt, /)', impl: timezoneFromutc, doc: 'datetime in UTC -> datetime in this time zone.' },
    __getinitargs__: { sig: '($self, /)', impl: timezoneGetinitargs, doc: 'pickle support' },
  },
  attrs: () => ({
    utc: utc(),
    // The extremes: +/- (23:59).
    min: new PyTimeZone(new PyDelta(-1, 60, 0), null),
    max: new PyTimeZone(new PyDelta(0, 86340, 0), null),
  }),
});

void DeltaType;
void deltaToMicroseconds;
