// The _contextvars module: Context, ContextVar, Token and copy_context (PEP 567).  CPython:
// Python/context.c, Modules/_contextvarsmodule.c
//
// A Context maps ContextVars to values. The thread's current context changes with Context.run();
// ContextVar.set() replaces the current context's mapping with a copy holding the new value, so
// that Context.copy() can share mappings.
// Differs from CPython: a Context iterates in insertion order (CPython's HAMT iterates in an order
// that follows the variables' addresses).
import { None, PyObject, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { PyType, TPFLAGS, typeOf } from '../objects/type.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyList } from '../objects/list.ts';
import { PyObject_Call, PyObject_GetIter, PyObject_Repr, PyObject_EqualBool, PyObject_HashNotImplemented } from '../objects/abstract.ts';
import type { PyDict } from '../objects/dict.ts';
import { strValue } from '../objects/boxes.ts';
import { isStrValue } from '../objects/boxes.ts';
import { addressOf } from '../objects/id.ts';
import { genericAliasClassMethod } from '../objects/genericalias.ts';
import { NotImplemented } from '../objects/object.ts';
import * as E from '../objects/exceptions.ts';
import { tstate, type ThreadState } from '../vm/thread-state.ts';
import { gcRootProviders } from '../vm/gc-state.ts';

type V = PyValue;

export class PyContext extends PyObject {
  vars: Map<PyContextVar, V>;
  prev: PyContext | null = null;
  entered = false;

  constructor(vars: Map<PyContextVar, V> = new Map()) {
    super();
    this.vars = vars;
  }
}

export class PyContextVar extends PyObject {
  constructor(
    readonly name: V,
    /** The default; undefined when none was given. */
    readonly dflt: V | undefined,
  ) {
    super();
  }
}

export class PyContextToken extends PyObject {
  used = false;
  constructor(
    readonly ctx: PyContext,
    readonly tokVar: PyContextVar,
    /** The variable's value before set(); undefined when it had none. */
    readonly oldValue: V | undefined,
  ) {
    super();
  }
}

class PyTokenMissing extends PyObject {}

const MISSING = new PyTokenMissing();

// ---- the current context

const current = new WeakMap<ThreadState, PyContext>();
gcRootProviders.push(() => [current.get(tstate)]);

/** The thread's current context, made empty on first use.  CPython: context_get */
export function currentContext(): PyContext {
  let ctx = current.get(tstate);
  if (ctx === undefined) {
    ctx = new PyContext();
    current.set(tstate, ctx);
  }
  return ctx;
}

function enter(ctx: PyContext): void {
  if (ctx.entered) throw E.runtimeError(`cannot enter context: ${PyObject_Repr(ctx)} is already entered`);
  ctx.prev = currentContext();
  ctx.entered = true;
  current.set(tstate, ctx);
}

function exit(ctx: PyContext): void {
  if (!ctx.entered) throw E.runtimeError(`cannot exit context: ${PyObject_Repr(ctx)} has not been entered`);
  if (current.get(tstate) !== ctx) throw E.runtimeError('cannot exit context: thread state references a different context object');
  current.set(tstate, ctx.prev ?? new PyContext());
  ctx.prev = null;
  ctx.entered = false;
}

/** Makes `ctx` the current context.  CPython: PyContext_Enter */
export function contextEnter(ctx: PyContext): void {
  enter(ctx);
}

/** Restores the context that was current before `ctx` was entered.  CPython: PyContext_Exit */
export function contextExit(ctx: PyContext): void {
  exit(ctx);
}

/** A copy of the current context.  CPython: PyContext_CopyCurrent */
export function copyCurrentContext(): PyContext {
  return new PyContext(currentContext().vars);
}

function checkVar(key: V): PyContextVar {
  if (!(key instanceof PyContextVar)) throw E.typeError(`a ContextVar key was expected, got ${PyObject_Repr(key)}`);
  return key;
}

// ---- Context

function contextNew(_type: PyType, args: readonly V[]): V {
  if (args.length) throw E.typeError('Context() does not accept any arguments');
  return new PyContext();
}

function contextGet(self: PyContext, key: V, dflt: V): V {
  return self.vars.get(checkVar(key)) ?? dflt;
}

function contextSubscript(self: V, key: V): V {
  const v = (self as PyContext).vars.get(checkVar(key));
  if (v === undefined) throw E.keyError(key);
  return v;
}

function contextContains(self: V, key: V): boolean {
  return (self as PyContext).vars.has(checkVar(key));
}

function contextRun(self: PyContext, args: V[], kwargs: PyDict | null): V {
  if (args.length < 1) throw E.typeError('run() missing 1 required positional argument');
  const callable = args[0];
  const rest = args.slice(1);
  const names: string[] = [];
  if (kwargs !== null) {
    for (let i = kwargs.next(0); i >= 0; i = kwargs.next(i + 1)) {
      names.push(strValue(kwargs.keys[i]));
      rest.push(kwargs.values[i]);
    }
  }
  enter(self);
  try {
    return PyObject_Call(callable, rest, names.length ? names : null);
  } finally {
    exit(self);
  }
}

function contextRichCompare(self: V, other: V, op: number): V {
  if (!(other instanceof PyContext) || (op !== 2 && op !== 3)) return NotImplemented;
  const a = (self as PyContext).vars;
  const b = other.vars;
  let eq = a.size === b.size;
  if (eq) {
    for (const [k, v] of a) {
      if (!b.has(k)) {
        eq = false;
        break;
      }
      const w = b.get(k)!;
      if (v !== w && !PyObject_EqualBool(v, w)) {
        eq = false;
        break;
      }
    }
  }
  return op === 2 ? eq : !eq;
}

export const ContextType = defineBuiltinType({
  name: '_contextvars.Context',
  instanceClass: PyContext,
  flags: TPFLAGS.HAVE_GC,
  slots: {
    tp_new: contextNew,
    tp_iter: (self: V) => PyObject_GetIter(new PyList([...(self as PyContext).vars.keys()])),
    tp_richcompare: contextRichCompare,
    tp_hash: PyObject_HashNotImplemented,
  },
  sequence: { sq_contains: contextContains },
  mapping: { mp_length: (self: V) => (self as PyContext).vars.size, mp_subscript: contextSubscript },
  methods: {
    get: { sig: '($self, key, default=None, /)', impl: contextGet, doc: 'Return the value for key if key has the value in the context object.' },
    items: { sig: '($self, /)', impl: (s: PyContext) => PyObject_GetIter(new PyList([...s.vars].map(([k, v]) => new PyTuple([k, v])))), doc: 'Return all variables and their values in the context object.' },
    keys: { sig: '($self, /)', impl: (s: PyContext) => PyObject_GetIter(new PyList([...s.vars.keys()])), doc: 'Return a list of all variables in the context object.' },
    values: { sig: '($self, /)', impl: (s: PyContext) => PyObject_GetIter(new PyList([...s.vars.values()])), doc: "Return a list of all variables' values in the context object." },
    copy: { sig: '($self, /)', impl: (s: PyContext) => new PyContext(s.vars), doc: 'Return a shallow copy of the context object.' },
    run: { sig: '($self, /, *args, **kwargs)', impl: contextRun, doc: 'Run callable in this context.' },
  },
});

// ---- ContextVar

function contextVarNew(_type: PyType, args: readonly V[], kwnames: readonly string[] | null): V {
  const nkw = kwnames?.length ?? 0;
  const pos = args.length - nkw;
  let name: V | undefined;
  let dflt: V | undefined;
  if (pos > 1) throw E.typeError(`ContextVar() takes at most 1 positional argument (${pos} given)`);
  if (pos === 1) name = args[0];
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    const v = args[pos + i];
    if (k === 'name' && name === undefined) name = v;
    else if (k === 'default') dflt = v;
    else throw E.typeError(`ContextVar() got an unexpected keyword argument '${k}'`);
  }
  if (name === undefined) throw E.typeError("ContextVar() missing required argument 'name' (pos 1)");
  if (!isStrValue(name)) throw E.typeError('context variable name must be a str');
  return new PyContextVar(name, dflt);
}

function contextVarRepr(self: V): string {
  const v = self as PyContextVar;
  const d = v.dflt === undefined ? '' : ` default=${PyObject_Repr(v.dflt)}`;
  return `<ContextVar name=${PyObject_Repr(v.name)}${d} at ${addressOf(v)}>`;
}

/** ContextVar.get([default]): the current value, the given default, or the variable's default. */
function contextVarGet(self: PyContextVar, dflt: V | undefined): V {
  const v = currentContext().vars.get(self);
  if (v !== undefined) return v;
  if (dflt !== undefined) return dflt;
  if (self.dflt !== undefined) return self.dflt;
  throw E.newException(E.PyExc_LookupError, [self]);
}

function setIn(ctx: PyContext, v: PyContextVar, value: V | undefined): void {
  const vars = new Map(ctx.vars);
  if (value === undefined) vars.delete(v);
  else vars.set(v, value);
  ctx.vars = vars;
}

function contextVarSet(self: PyContextVar, value: V): V {
  const ctx = currentContext();
  const tok = new PyContextToken(ctx, self, ctx.vars.get(self));
  setIn(ctx, self, value);
  return tok;
}

function contextVarReset(self: PyContextVar, token: V): void {
  if (!(token instanceof PyContextToken)) throw E.typeError(`expected an instance of Token, got ${PyObject_Repr(token)}`);
  if (token.used) throw E.runtimeError(`${PyObject_Repr(token)} has already been used once`);
  if (token.tokVar !== self) throw E.valueError(`${PyObject_Repr(token)} was created by a different ContextVar`);
  const ctx = currentContext();
  if (token.ctx !== ctx) throw E.valueError(`${PyObject_Repr(token)} was created in a different Context`);
  token.used = true;
  setIn(ctx, self, token.oldValue);
}

export const ContextVarType = defineBuiltinType({
  name: '_contextvars.ContextVar',
  instanceClass: PyContextVar,
  slots: { tp_new: contextVarNew, tp_repr: contextVarRepr },
  methods: {
    get: { sig: '($self, default=<unrepresentable>, /)', impl: contextVarGet, doc: 'Return a value for the context variable for the current context.' },
    set: { sig: '($self, value, /)', impl: contextVarSet, doc: 'Call to set a new value for the context variable in the current context.' },
    reset: { sig: '($self, token, /)', impl: contextVarReset, doc: 'Reset the context variable to the value it had before the set() that made the token.' },
    __class_getitem__: genericAliasClassMethod('See PEP 585'),
  },
  getset: { name: { get: (v: PyContextVar) => v.name } },
});

// ---- Token

function tokenRepr(self: V): string {
  const t = self as PyContextToken;
  return `<Token${t.used ? ' used' : ''} var=${PyObject_Repr(t.tokVar)} at ${addressOf(t)}>`;
}

export const TokenType = defineBuiltinType({
  name: '_contextvars.Token',
  instanceClass: PyContextToken,
  slots: {
    tp_new: () => {
      throw E.runtimeError('Tokens can only be created by ContextVars');
    },
    tp_repr: tokenRepr,
  },
  methods: {
    __enter__: { sig: '($self, /)', impl: (t: PyContextToken) => t, doc: 'Enter into Token context manager.' },
    __exit__: {
      sig: '($self, type, val, tb, /)',
      impl: (t: PyContextToken) => void contextVarReset(t.tokVar, t),
      doc: 'Exit from Token context manager, restore the linked ContextVar.',
    },
    __class_getitem__: genericAliasClassMethod('See PEP 585'),
  },
  getset: {
    var: { get: (t: PyContextToken) => t.tokVar },
    old_value: { get: (t: PyContextToken) => t.oldValue ?? MISSING },
  },
  attrs: () => ({ MISSING }),
});

const TokenMissingType = defineBuiltinType({
  name: 'Token.MISSING',
  instanceClass: PyTokenMissing,
  slots: { tp_repr: () => '<Token.MISSING>' },
});
void TokenMissingType;

export const contextvarsModule = defineModule({
  name: '_contextvars',
  doc: 'Context Variables',
  functions: {
    copy_context: { sig: '($module, /)', impl: () => new PyContext(currentContext().vars), doc: 'Return a copy of the current context.' },
  },
  constants: () => ({ Context: ContextType, ContextVar: ContextVarType, Token: TokenType }),
});

void typeOf;
