// decimal.Context, its signal dicts, the signal exception classes, and the current context (a
// ContextVar, as in CPython).  CPython: Modules/_decimal/_decimal.c (context_*, signaldict_*,
// PyDec_SetCurrentContext, ctxmanager_*)
import { None, PyObject, NotImplemented, type PyValue } from '../../objects/object.ts';
import { type PyType, TPFLAGS, typeOf } from '../../objects/type.ts';
import { newHeapInstance } from '../../objects/heap.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyList } from '../../objects/list.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyObject_Call, PyObject_IsTrue, PyObject_GetIter, PyObject_GetAttr, PyNumber_Index } from '../../objects/abstract.ts';
import { isIntValue, isStrValue, strValue } from '../../objects/boxes.ts';
import { TypeType } from '../../objects/typeobject.ts';
import {
  typeError, valueError, keyError, overflowError, newException, PyExc_ArithmeticError, PyExc_TypeError, PyExc_ZeroDivisionError,
} from '../../objects/exceptions.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { importModuleAttr } from '../../objects/iterobject.ts';
import { importModule } from '../../runtime/import.ts';
import { interp } from '../../vm/interpreter.ts';
import { currentContext, PyContextVar } from '../_contextvars.ts';
import {
  type Ctx, ROUND_NAMES, ROUND_HALF_EVEN, ROUND_HALF_UP, S_CLAMPED, S_CONVERSION_SYNTAX, S_DIVISION_BY_ZERO,
  S_DIVISION_IMPOSSIBLE, S_DIVISION_UNDEFINED, S_INEXACT, S_INVALID_CONTEXT, S_INVALID_OPERATION,
  S_FLOAT_OPERATION, S_OVERFLOW, S_ROUNDED, S_SUBNORMAL, S_UNDERFLOW, S_IEEE_INVALID, MAX_PREC, MAX_EMAX, MIN_EMIN,
} from './number.ts';

// ---- the context object ----

export class PyDecContext extends PyObject implements Ctx {
  prec = 28;
  round = ROUND_HALF_EVEN;
  emax = 999999;
  emin = -999999;
  clamp = 0;
  capitals = 1;
  /** The flags (libmpdec's status word). */
  status = 0;
  traps = S_IEEE_INVALID | S_DIVISION_BY_ZERO | S_OVERFLOW;
  /** The status of the operation under way. */
  ws = 0;
  flagsDict: PySignalDict | null = null;
  trapsDict: PySignalDict | null = null;
}

export function copyContext(src: PyDecContext, into?: PyDecContext): PyDecContext {
  const c = into ?? new PyDecContext();
  c.prec = src.prec;
  c.round = src.round;
  c.emax = src.emax;
  c.emin = src.emin;
  c.clamp = src.clamp;
  c.capitals = src.capitals;
  c.status = src.status;
  c.traps = src.traps;
  return c;
}

// ---- signals ----

interface SignalInfo {
  readonly name: string;
  readonly flag: number;
}

/** The signals in C's signal_map order (the order of flags/traps dicts and of the repr's lists). */
export const SIGNALS: readonly SignalInfo[] = [
  { name: 'InvalidOperation', flag: S_IEEE_INVALID },
  { name: 'FloatOperation', flag: S_FLOAT_OPERATION },
  { name: 'DivisionByZero', flag: S_DIVISION_BY_ZERO },
  { name: 'Overflow', flag: S_OVERFLOW },
  { name: 'Underflow', flag: S_UNDERFLOW },
  { name: 'Subnormal', flag: S_SUBNORMAL },
  { name: 'Inexact', flag: S_INEXACT },
  { name: 'Rounded', flag: S_ROUNDED },
  { name: 'Clamped', flag: S_CLAMPED },
];

/** The conditions InvalidOperation stands for (C's cond_map), listed first when a trap fires. */
const CONDITIONS: readonly SignalInfo[] = [
  { name: 'InvalidOperation', flag: S_INVALID_OPERATION },
  { name: 'ConversionSyntax', flag: S_CONVERSION_SYNTAX },
  { name: 'DivisionImpossible', flag: S_DIVISION_IMPOSSIBLE },
  { name: 'DivisionUndefined', flag: S_DIVISION_UNDEFINED },
  { name: 'InvalidContext', flag: S_INVALID_CONTEXT },
];

export interface DecimalState {
  DecimalException: PyType;
  signals: PyType[];
  conditions: Map<string, PyType>;
  signalTuple: PyTuple;
  SignalDict: PyType;
  Rational: PyValue;
  DecimalTuple: PyValue;
  defaultContext: PyDecContext;
  basicContext: PyDecContext;
  extendedContext: PyDecContext;
  contextVar: PyContextVar;
}

// Per interpreter (as C keeps it in the module state): the classes come from that interpreter's
// numbers, collections and type().
const states = new WeakMap<object, DecimalState>();

function newExceptionClass(name: string, bases: PyType[]): PyType {
  const dict = new PyDict();
  dict.setStr('__module__', 'decimal');
  return PyObject_Call(TypeType, [name, new PyTuple(bases), dict]) as PyType;
}

/** Creates the module's classes and template contexts once.  CPython: _decimal_exec */
export function decimalState(): DecimalState {
  const ip = interp();
  const hit = states.get(ip);
  if (hit !== undefined) return hit;
  const DecimalException = newExceptionClass('DecimalException', [PyExc_ArithmeticError]);
  const signals: PyType[] = new Array(SIGNALS.length);
  // Created last to first: Overflow and Underflow derive from Inexact, Rounded and Subnormal.
  for (let i = SIGNALS.length - 1; i >= 0; i--) {
    const s = SIGNALS[i];
    let bases: PyType[];
    if (s.flag === S_FLOAT_OPERATION) bases = [DecimalException, PyExc_TypeError];
    else if (s.flag === S_DIVISION_BY_ZERO) bases = [DecimalException, PyExc_ZeroDivisionError];
    else if (s.flag === S_OVERFLOW) bases = [signals[6], signals[7]];
    else if (s.flag === S_UNDERFLOW) bases = [signals[6], signals[7], signals[5]];
    else bases = [DecimalException];
    signals[i] = newExceptionClass(s.name, bases);
  }
  const conditions = new Map<string, PyType>();
  conditions.set('InvalidOperation', signals[0]);
  for (const cnd of CONDITIONS.slice(1)) {
    const bases = cnd.flag === S_DIVISION_UNDEFINED ? [signals[0], PyExc_ZeroDivisionError] : [signals[0]];
    conditions.set(cnd.name, newExceptionClass(cnd.name, bases));
  }
  const MutableMapping = PyObject_GetAttr(importModule('collections.abc'), 'MutableMapping');
  const sdDict = new PyDict();
  sdDict.setStr('__module__', 'abc');
  const SignalDict = PyObject_Call(TypeType, ['SignalDict', new PyTuple([SignalDictMixinType, MutableMapping]), sdDict]) as PyType;
  const Rational = importModuleAttr('numbers', 'Rational');
  const namedtuple = importModuleAttr('collections', 'namedtuple');
  const DecimalTuple = PyObject_Call(namedtuple, ['DecimalTuple', 'sign digits exponent']);
  (DecimalTuple as PyType).tp_dict.setStr('__module__', 'decimal');
  const defaultContext = new PyDecContext();
  const basicContext = new PyDecContext();
  basicContext.prec = 9;
  basicContext.round = ROUND_HALF_UP;
  basicContext.traps = S_IEEE_INVALID | S_DIVISION_BY_ZERO | S_OVERFLOW | S_UNDERFLOW | S_CLAMPED;
  const extendedContext = new PyDecContext();
  extendedContext.prec = 9;
  extendedContext.traps = 0;
  const state: DecimalState = {
    DecimalException,
    signals,
    conditions,
    signalTuple: new PyTuple(signals),
    SignalDict,
    Rational,
    DecimalTuple,
    defaultContext,
    basicContext,
    extendedContext,
    contextVar: new PyContextVar('decimal_context', undefined),
  };
  states.set(ip, state);
  return state;
}

/** The signal class for a flag mask (the first in signal order). */
function flagsAsException(flags: number): PyType {
  const st = decimalState();
  for (let i = 0; i < SIGNALS.length; i++) if (flags & SIGNALS[i].flag) return st.signals[i];
  return st.signals[0];
}

/** The classes a trap reports: conditions first, then the other signals.  CPython: flags_as_list */
function flagsAsList(flags: number): PyList {
  const st = decimalState();
  const out: PyValue[] = [];
  for (const c of CONDITIONS) if (flags & c.flag) out.push(st.conditions.get(c.name)!);
  for (let i = 1; i < SIGNALS.length; i++) if (flags & SIGNALS[i].flag) out.push(st.signals[i]);
  return new PyList(out);
}

function signalsAsList(flags: number): PyList {
  const st = decimalState();
  const out: PyValue[] = [];
  for (let i = 0; i < SIGNALS.length; i++) if (flags & SIGNALS[i].flag) out.push(st.signals[i]);
  return new PyList(out);
}

/** Adds an operation's status to the context's flags and raises the first trapped signal.  CPython: dec_addstatus */
export function addStatus(ctx: PyDecContext, status: number): void {
  ctx.status |= status;
  const t = status & ctx.traps;
  if (t) throw newException(flagsAsException(t), [flagsAsList(t)]);
}

/** Ends an operation run with ctx as its Ctx: commits ctx.ws. */
export function commit(ctx: PyDecContext): void {
  const ws = ctx.ws;
  ctx.ws = 0;
  if (ws !== 0) addStatus(ctx, ws);
}

function exceptionAsFlag(v: PyValue): number {
  const st = decimalState();
  for (let i = 0; i < SIGNALS.length; i++) if (st.signals[i] === v) return SIGNALS[i].flag;
  throw keyError(valueErrorSignals());
}

function valueErrorSignals(): string {
  return 'valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]';
}

// ---- the current context ----

function templateCopy(t: PyDecContext): PyDecContext {
  const c = copyContext(t);
  c.status = 0;
  return c;
}

/** The thread's decimal context, made from DefaultContext on first use.  CPython: current_context */
export function getContext(): PyDecContext {
  const st = decimalState();
  const v = currentContext().vars.get(st.contextVar);
  if (v !== undefined) return v as PyDecContext;
  const c = templateCopy(st.defaultContext);
  setContextValue(c);
  return c;
}

function setContextValue(c: PyDecContext): void {
  const ctx = currentContext();
  const vars = new Map(ctx.vars);
  vars.set(decimalState().contextVar, c);
  ctx.vars = vars;
}

/** setcontext(v): templates are copied first.  CPython: PyDec_SetCurrentContext */
export function setContext(v: PyValue): void {
  if (!(v instanceof PyDecContext)) throw typeError('argument must be a context');
  const st = decimalState();
  let c = v;
  if (v === st.defaultContext || v === st.basicContext || v === st.extendedContext) c = templateCopy(v);
  setContextValue(c);
}

/** The context argument of a method: None means the current context.  CPython: CONTEXT_CHECK_VA */
export function contextArg(v: PyValue | undefined): PyDecContext {
  if (v === undefined || v === None) return getContext();
  if (!(v instanceof PyDecContext)) throw typeError('optional argument must be a context');
  return v;
}

// ---- attribute setters ----

// The limits are 18-digit numbers; a JS number holds them rounded (999999999999999999 -> 1e18), so the
// range checks compare the exact integers and the getters give the exact limit back.
const EXACT_LIMIT = 999999999999999999n;

function ssizeArg(v: PyValue): number {
  if (!isIntValue(v)) throw typeError('an integer is required');
  const i = PyNumber_Index(v);
  return typeof i === 'bigint' ? (i > 0n ? Infinity : -Infinity) : i;
}

/** An integer argument checked to lie in [lo, hi] (exact, bigints included), as a JS number. */
function rangedArg(v: PyValue, lo: bigint, hi: bigint, msg: string): number {
  if (!isIntValue(v)) throw typeError('an integer is required');
  const i = PyNumber_Index(v);
  const b = typeof i === 'bigint' ? i : BigInt(i);
  if (b >= 2n ** 63n || b < -(2n ** 63n)) throw overflowError('Python int too large to convert to C ssize_t');
  if (b < lo || b > hi) throw valueError(msg);
  return Number(b);
}

/** A context limit as a Python int: the exact value for the rounded extremes. */
function limitValue(x: number): PyValue {
  if (x === MAX_PREC) return EXACT_LIMIT;
  if (x === MIN_EMIN) return -EXACT_LIMIT;
  return x;
}

export function setPrec(c: PyDecContext, v: PyValue): void {
  c.prec = rangedArg(v, 1n, EXACT_LIMIT, 'valid range for prec is [1, MAX_PREC]');
}

export function setEmin(c: PyDecContext, v: PyValue): void {
  c.emin = rangedArg(v, -EXACT_LIMIT, 0n, 'valid range for Emin is [MIN_EMIN, 0]');
}

export function setEmax(c: PyDecContext, v: PyValue): void {
  c.emax = rangedArg(v, 0n, EXACT_LIMIT, 'valid range for Emax is [0, MAX_EMAX]');
}

export const INVALID_ROUNDING = 'valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]';

/** A rounding-mode string as its index.  CPython: getround */
export function roundingArg(v: PyValue): number {
  if (isStrValue(v)) {
    const i = ROUND_NAMES.indexOf(strValue(v));
    if (i >= 0) return i;
  }
  throw typeError(INVALID_ROUNDING);
}

function setCapitals(c: PyDecContext, v: PyValue): void {
  const x = ssizeArg(v);
  if (x !== 0 && x !== 1) throw valueError('valid values for capitals are 0 or 1');
  c.capitals = x;
}

function setClamp(c: PyDecContext, v: PyValue): void {
  const x = ssizeArg(v);
  if (x !== 0 && x !== 1) throw valueError('valid values for clamp are 0 or 1');
  c.clamp = x;
}

function listAsFlags(v: PyList): number {
  let f = 0;
  for (const item of v.items) f |= exceptionAsFlag(item);
  return f;
}

function dictAsFlags(v: PyValue): number {
  if (v instanceof PySignalDict) return v.isTraps ? v.ctx.traps : v.ctx.status;
  if (!(v instanceof PyDict)) throw typeError('argument must be a signal dict');
  const st = decimalState();
  if (v.used !== SIGNALS.length) throw keyError('invalid signal dict');
  let f = 0;
  for (let i = 0; i < SIGNALS.length; i++) {
    const b = v.get(st.signals[i]);
    if (b === undefined) throw keyError('invalid signal dict');
    if (PyObject_IsTrue(b)) f |= SIGNALS[i].flag;
  }
  return f;
}

function flagsArg(v: PyValue): number {
  return v instanceof PyList ? listAsFlags(v) : dictAsFlags(v);
}

/** CPython: context_setattrs */
export function setContextAttrs(c: PyDecContext, a: readonly (PyValue | undefined)[]): void {
  const [prec, rounding, emin, emax, capitals, clamp, flags, traps] = a;
  const given = (x: PyValue | undefined): x is PyValue => x !== undefined && x !== None;
  if (given(prec)) setPrec(c, prec);
  if (given(rounding)) c.round = roundingArg(rounding);
  if (given(emin)) setEmin(c, emin);
  if (given(emax)) setEmax(c, emax);
  if (given(capitals)) setCapitals(c, capitals);
  if (given(clamp)) setClamp(c, clamp);
  if (given(traps)) c.traps = flagsArg(traps);
  if (given(flags)) c.status = flagsArg(flags);
}

// ---- the Context type: construction, attributes, repr ----

function contextNew(type: PyType): PyValue {
  const st = decimalState();
  const c = type === ContextType ? new PyDecContext() : newHeapInstance(PyDecContext, type);
  copyContext(st.defaultContext, c);
  c.capitals = 1;
  return c;
}

function contextInit(self: PyValue, ...args: PyValue[]): PyValue {
  setContextAttrs(self as PyDecContext, args);
  return None;
}

/** The names of the signals in flags, by bit order.  CPython: mpd_lsnprint_signals with dec_signal_string */
const BIT_NAMES = ['Clamped', 'InvalidOperation', 'DivisionByZero', 'InvalidOperation', 'InvalidOperation', 'InvalidOperation', 'Inexact', 'InvalidOperation', 'InvalidOperation', 'InvalidOperation', 'FloatOperation', 'Overflow', 'Rounded', 'Subnormal', 'Underflow'];
function signalNames(flags: number): string {
  const out: string[] = [];
  let invalidDone = false;
  for (let j = 0; j < BIT_NAMES.length; j++) {
    const f = flags & (1 << j);
    if (!f) continue;
    if (f & S_IEEE_INVALID) {
      if (invalidDone) continue;
      invalidDone = true;
    }
    out.push(BIT_NAMES[j]);
  }
  return out.join(', ');
}

export function contextRepr(self: PyValue): string {
  const c = self as PyDecContext;
  return (
    `Context(prec=${limitValue(c.prec)}, rounding=${ROUND_NAMES[c.round]}, Emin=${limitValue(c.emin)}, Emax=${limitValue(c.emax)}, ` +
    `capitals=${c.capitals}, clamp=${c.clamp}, flags=[${signalNames(c.status)}], traps=[${signalNames(c.traps)}])`
  );
}

function signalDictFor(c: PyDecContext, traps: boolean): PySignalDict {
  const existing = traps ? c.trapsDict : c.flagsDict;
  if (existing !== null) return existing;
  const d = newHeapInstance(PySignalDict, decimalState().SignalDict, c, traps);
  if (traps) c.trapsDict = d;
  else c.flagsDict = d;
  return d;
}

function contextCopy(self: PyValue): PyDecContext {
  const c = self as PyDecContext;
  const n = copyContext(c, contextNew(typeOf(c)) as PyDecContext);
  return n;
}

function contextReduce(self: PyValue): PyValue {
  const c = self as PyDecContext;
  return new PyTuple([
    typeOf(c),
    new PyTuple([c.prec, ROUND_NAMES[c.round], c.emin, c.emax, c.capitals, c.clamp, signalsAsList(c.status), signalsAsList(c.traps)]),
  ]);
}

function contextClearFlags(self: PyValue): PyValue {
  (self as PyDecContext).status = 0;
  return None;
}

function contextClearTraps(self: PyValue): PyValue {
  (self as PyDecContext).traps = 0;
  return None;
}

function contextEtiny(self: PyValue): PyValue {
  const c = self as PyDecContext;
  return c.emin - c.prec + 1;
}

function contextEtop(self: PyValue): PyValue {
  const c = self as PyDecContext;
  return c.emax - c.prec + 1;
}

function getPrec(c: PyDecContext): PyValue {
  return limitValue(c.prec);
}
function getEmin(c: PyDecContext): PyValue {
  return limitValue(c.emin);
}
function getEmax(c: PyDecContext): PyValue {
  return limitValue(c.emax);
}
function getRounding(c: PyDecContext): PyValue {
  return ROUND_NAMES[c.round];
}
function getCapitals(c: PyDecContext): PyValue {
  return c.capitals;
}
function getClamp(c: PyDecContext): PyValue {
  return c.clamp;
}
function getFlags(c: PyDecContext): PyValue {
  return signalDictFor(c, false);
}
function getTraps(c: PyDecContext): PyValue {
  return signalDictFor(c, true);
}

function noDelete(v: PyValue | null, name: string): asserts v is PyValue {
  if (v === null) throw new Error(name);
}

function setter(apply: (c: PyDecContext, v: PyValue) => void, name: string) {
  return (c: PyDecContext, v: PyValue | null): void => {
    if (v === null) throw (typeError(`cannot delete attribute '${name}'`) as unknown);
    noDelete(v, name);
    apply(c, v);
  };
}

// ---- SignalDict ----

export class PySignalDict extends PyObject {
  constructor(
    readonly ctx: PyDecContext,
    readonly isTraps: boolean,
  ) {
    super();
  }
  get bits(): number {
    return this.isTraps ? this.ctx.traps : this.ctx.status;
  }
  set bits(v: number) {
    if (this.isTraps) this.ctx.traps = v;
    else this.ctx.status = v;
  }
}

function sdLen(): number {
  return SIGNALS.length;
}

function sdIter(): PyValue {
  return PyObject_GetIter(decimalState().signalTuple);
}

function sdGetItem(self: PyValue, key: PyValue): PyValue {
  const flag = exceptionAsFlag(key);
  return ((self as PySignalDict).bits & flag) !== 0;
}

function sdSetItem(self: PyValue, key: PyValue, value: PyValue | null): void {
  if (value === null) throw valueError('signal keys cannot be deleted');
  const flag = exceptionAsFlag(key);
  const d = self as PySignalDict;
  if (PyObject_IsTrue(value)) d.bits |= flag;
  else d.bits &= ~flag;
}

function sdRepr(self: PyValue): string {
  const st = decimalState();
  const bits = (self as PySignalDict).bits;
  const parts = SIGNALS.map((s, i) => `<class '${'decimal.' + SIGNALS[i].name}'>:${bits & s.flag ? 'True' : 'False'}`);
  void st;
  return '{' + parts.join(', ') + '}';
}

function sdRichCompare(self: PyValue, other: PyValue, op: number): PyValue {
  if (op !== 2 && op !== 3) return NotImplemented;
  const a = (self as PySignalDict).bits;
  let b: number;
  if (other instanceof PySignalDict) b = other.bits;
  else if (other instanceof PyDict) {
    try {
      b = dictAsFlags(other);
    } catch {
      return NotImplemented;
    }
  } else return NotImplemented;
  return op === 2 ? a === b : a !== b;
}

function sdCopy(self: PyValue): PyValue {
  const st = decimalState();
  const bits = (self as PySignalDict).bits;
  const d = new PyDict();
  for (let i = 0; i < SIGNALS.length; i++) d.set(st.signals[i], (bits & SIGNALS[i].flag) !== 0);
  return d;
}

export const SignalDictMixinType: PyType = defineBuiltinType({
  name: 'decimal.SignalDictMixin',
  flags: TPFLAGS.BASETYPE,
  slots: { tp_repr: sdRepr, tp_iter: sdIter, tp_richcompare: sdRichCompare },
  mapping: { mp_length: sdLen, mp_subscript: sdGetItem, mp_ass_subscript: sdSetItem },
  methods: {
    copy: { sig: '($self, /)', impl: sdCopy },
  },
});

// ---- the context manager ----

export class PyCtxManager extends PyObject {
  saved: PyDecContext | null = null;
  constructor(readonly local: PyDecContext) {
    super();
  }
}

/** localcontext(ctx=None, **kwargs).  CPython: ctxmanager_new */
export function localcontext(ctx: PyValue, ...attrs: PyValue[]): PyValue {
  const base = contextArg(ctx);
  const local = copyContext(base, contextNew(ContextType) as PyDecContext);
  local.capitals = base.capitals;
  // The keyword values are checked on a scratch copy first, so a bad one leaves nothing half-set.
  const [prec, rounding, Emin, Emax, capitals, clamp, flags, traps] = attrs;
  setContextAttrs(local, [prec, rounding, Emin, Emax, capitals, clamp, flags, traps]);
  return new PyCtxManager(local);
}

function cmEnter(self: PyValue): PyValue {
  const m = self as PyCtxManager;
  m.saved = getContext();
  setContext(m.local);
  return m.local;
}

function cmExit(self: PyValue): PyValue {
  const m = self as PyCtxManager;
  if (m.saved !== null) setContext(m.saved);
  return None;
}

export const ContextManagerType: PyType = defineBuiltinType({
  name: 'decimal.ContextManager',
  instanceClass: PyCtxManager,
  flags: TPFLAGS.DISALLOW_INSTANTIATION,
  methods: {
    __enter__: { sig: '($self, /)', impl: cmEnter },
    __exit__: { sig: '($self, *args)', impl: cmExit },
  },
});

/** decimal.Context, defined in types.ts (its methods need the Decimal type). */
export let ContextType: PyType = null as unknown as PyType;
export function registerContextType(t: PyType): void {
  ContextType = t;
}

export const contextSlots = {
  contextNew, contextInit, contextRepr, contextCopy, contextReduce, contextClearFlags, contextClearTraps, contextEtiny, contextEtop,
  getPrec, getEmin, getEmax, getRounding, getCapitals, getClamp, getFlags, getTraps, setter, setPrec, setEmin, setEmax, setCapitals, setClamp, flagsArg,
};
