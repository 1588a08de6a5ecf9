// Argument binding for native functions, driven by their __text_signature__.
// CPython: Python/getargs.c (_PyArg_CheckPositional, _PyArg_UnpackKeywords), Objects/methodobject.c,
// Objects/descrobject.c (the METH_NOARGS / METH_O checks), Argument Clinic's generated parsers.
//
// A signature such as '($self, sep=None, maxsplit=-1)' is parsed once. Its shape picks the calling
// convention CPython's Argument Clinic would have picked, and with it the error messages:
//   NOARGS      '($self, /)'                  "list.copy() takes no arguments (1 given)"
//   O           '($self, x, /)'               "list.append() takes exactly one argument (0 given)"
//   POSITIONAL  only positional-only params   "insert expected 2 arguments, got 1"
//   KEYWORDS    anything else                 "split() takes at most 2 arguments (3 given)", ...
// The implementation receives the bound values in signature order: missing optional arguments
// whose default is not a simple literal arrive as `undefined`; *args as a PyValue[]; **kwargs as a
// PyDict (or null when no keywords were left over).

import { None, type PyValue } from './object.ts';
import { EMPTY_TUPLE } from './tuple.ts';
import { PyFloat } from './float.ts';
import { PyDict } from './dict.ts';
import { typeError } from './exceptions.ts';
import { calculateSuggestion } from './suggestions.ts';

export const enum CallConv {
  NOARGS,
  O,
  POSITIONAL,
  KEYWORDS,
}

export interface Signature {
  readonly text: string;
  /** The bound first parameter: '$self', '$type', '$module', or null. */
  readonly bound: 'self' | 'type' | 'module' | null;
  /** Names of the positional and keyword parameters, in order (no *args / **kwargs). */
  readonly names: readonly string[];
  /** Defaults by parameter; REQUIRED for required ones; undefined for a non-literal default. */
  readonly defaults: readonly (PyValue | undefined | typeof REQUIRED)[];
  readonly posonly: number;
  /** Parameters that can be given by position. */
  readonly maxpos: number;
  /** Required positional parameters. */
  readonly minpos: number;
  /** Required keyword-only parameters. */
  readonly minkw: number;
  readonly varargs: string | null;
  readonly varkw: string | null;
  readonly conv: CallConv;
  /**
   * 1 to 3: the number of parameters when a positional call with minpos..maxpos arguments binds
   * them in order, the rest from their defaults, with no check left to make (no *args, **kwargs or
   * required keyword-only parameter); 0 otherwise.
   */
  readonly fastArity: number;
}

export const REQUIRED: unique symbol = Symbol('required');

/** Splits a parameter list on top-level commas. */
function splitParams(inner: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = inner.slice(start).trim();
  if (last) out.push(last);
  return out;
}

/** The value of a default written in a signature, or undefined if it is not a simple literal. */
function literalDefault(text: string): PyValue | undefined {
  switch (text) {
    case 'None':
      return None;
    case 'True':
      return true;
    case 'False':
      return false;
    case '()':
      return EMPTY_TUPLE;
    case 'sys.maxsize':
      return 9223372036854775807n;
  }
  if (/^-?\d+$/.test(text)) {
    const b = BigInt(text);
    return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
  }
  if (/^-?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return new PyFloat(Number(text));
  const q = text[0];
  if ((q === "'" || q === '"') && text[text.length - 1] === q) {
    const body = text.slice(1, -1);
    const ESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
    let out = '';
    for (let i = 0; i < body.length; i++) {
      if (body[i] !== '\\') {
        out += body[i];
        continue;
      }
      const e = ESC[body[++i]];
      if (e === undefined) return undefined;
      out += e;
    }
    return out;
  }
  return undefined;
}

const cache = new Map<string, Signature>();

/** Parses a __text_signature__ such as '($self, iterable=(), /)'. */
export function parseSignature(text: string): Signature {
  const hit = cache.get(text);
  if (hit) return hit;
  if (text[0] !== '(' || text[text.length - 1] !== ')') throw new Error(`bad text signature: ${text}`);
  // Optional groups ('sub[, start[, end]]', as str.count's) are optional positional parameters.
  let inner = text.slice(1, -1);
  if (inner.includes('[,')) inner = inner.replace(/\[, *([A-Za-z_]\w*)/g, ', $1=<optional>').replace(/\]/g, '');
  // Argument Clinic's '[start, [stop]]' groups (deque.index): optional, positional-only parameters.
  else if (/\[[A-Za-z_]/.test(inner)) {
    inner = inner.replace(/\[([A-Za-z_]\w*)/g, '$1=<optional>').replace(/\]/g, '');
    if (!/(^|, *)[/*]/.test(inner)) inner += ', /';
  }
  const params = splitParams(inner);
  let bound: Signature['bound'] = null;
  const names: string[] = [];
  const defaults: (PyValue | undefined | typeof REQUIRED)[] = [];
  let posonly = 0;
  let maxpos = -1;
  let varargs: string | null = null;
  let varkw: string | null = null;
  for (const p of params) {
    if (p.startsWith('$')) {
      bound = p.slice(1) as Signature['bound'];
      continue;
    }
    if (p === '/') {
      posonly = names.length;
      continue;
    }
    if (p === '*') {
      maxpos = names.length;
      continue;
    }
    if (p.startsWith('**')) {
      varkw = p.slice(2);
      continue;
    }
    if (p.startsWith('*')) {
      varargs = p.slice(1);
      maxpos = names.length;
      continue;
    }
    const eq = p.indexOf('=');
    if (eq < 0) {
      names.push(p);
      defaults.push(REQUIRED);
    } else {
      names.push(p.slice(0, eq).trim());
      defaults.push(literalDefault(p.slice(eq + 1).trim()));
    }
  }
  if (maxpos < 0) maxpos = names.length;
  let minpos = 0;
  while (minpos < maxpos && defaults[minpos] === REQUIRED) minpos++;
  let minkw = 0;
  for (let i = maxpos; i < names.length; i++) if (defaults[i] === REQUIRED) minkw++;
  let conv: CallConv;
  if (names.length === 0 && !varargs && !varkw) conv = CallConv.NOARGS;
  else if (names.length === 1 && posonly === 1 && minpos === 1 && !varargs && !varkw) conv = CallConv.O;
  else if (posonly === names.length && !varkw) conv = CallConv.POSITIONAL;
  else conv = CallConv.KEYWORDS;
  const fastArity = !varargs && !varkw && minkw === 0 && names.length <= 3 ? names.length : 0;
  const sig: Signature = { text, bound, names, defaults, posonly, maxpos, minpos, minkw, varargs, varkw, conv, fastArity };
  cache.set(text, sig);
  return sig;
}

/** The names a native callable goes by in error messages. */
export interface CallNames {
  /** Argument Clinic's bare name: 'insert', 'split'. */
  readonly short: string;
  /** _PyObject_FunctionStr: 'list.copy()' (qualified; no module for builtins). */
  readonly funcStr: string;
}

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

/**
 * Binds positional `args` (with keyword values after them when `kwnames` is given) to `sig`.
 * Returns the values in signature order, as the implementation receives them.
 */
export function bindArguments(sig: Signature, names: CallNames, args: readonly PyValue[], kwnames: readonly string[] | null): unknown[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const nargs = args.length - nkw;
  switch (sig.conv) {
    case CallConv.NOARGS:
      if (nkw) throw typeError(`${names.funcStr} takes no keyword arguments`);
      if (nargs !== 0) throw typeError(`${names.funcStr} takes no arguments (${nargs} given)`);
      return [];
    case CallConv.O:
      if (nkw) throw typeError(`${names.funcStr} takes no keyword arguments`);
      if (nargs !== 1) throw typeError(`${names.funcStr} takes exactly one argument (${nargs} given)`);
      return [args[0]];
    case CallConv.POSITIONAL:
      return bindPositional(sig, names, args, nargs, nkw);
    case CallConv.KEYWORDS:
      return bindKeywords(sig, names, args, nargs, kwnames);
  }
}

function checkPositional(short: string, nargs: number, min: number, max: number): void {
  if (nargs < min) throw typeError(`${short} expected ${min === max ? '' : 'at least '}${min} argument${plural(min)}, got ${nargs}`);
  if (nargs > max) throw typeError(`${short} expected ${min === max ? '' : 'at most '}${max} argument${plural(max)}, got ${nargs}`);
}

function bindPositional(sig: Signature, names: CallNames, args: readonly PyValue[], nargs: number, nkw: number): unknown[] {
  if (nkw) throw typeError(`${names.funcStr} takes no keyword arguments`);
  const n = sig.names.length;
  checkPositional(names.short, nargs, sig.minpos, sig.varargs ? Infinity : n);
  const out: unknown[] = new Array(n + (sig.varargs ? 1 : 0));
  for (let i = 0; i < n; i++) out[i] = i < nargs ? args[i] : defaultOf(sig, i);
  if (sig.varargs) out[n] = args.slice(n, nargs);
  return out;
}

function defaultOf(sig: Signature, i: number): unknown {
  const d = sig.defaults[i];
  return d === REQUIRED ? undefined : d;
}

function bindKeywords(sig: Signature, names: CallNames, args: readonly PyValue[], nargs: number, kwnames: readonly string[] | null): unknown[] {
  const fname = names.short + '()';
  const { posonly, maxpos, minpos } = sig;
  const params = sig.names;
  const maxargs = params.length;
  const varpos = sig.varargs !== null;
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (!varpos && !sig.varkw && nargs + nkw > maxargs) {
    throw typeError(`${fname} takes at most ${maxargs} ${nargs === 0 ? 'keyword ' : ''}argument${plural(maxargs)} (${nargs + nkw} given)`);
  }
  if (!varpos && nargs > maxpos) {
    if (maxpos === 0) throw typeError(`${fname} takes no positional arguments`);
    throw typeError(`${fname} takes ${minpos < maxpos ? 'at most' : 'exactly'} ${maxpos} positional argument${plural(maxpos)} (${nargs} given)`);
  }
  const minposonly = Math.min(posonly, minpos);
  if (nargs < minposonly) {
    throw typeError(
      `${fname} takes ${varpos || minposonly < maxpos ? 'at least' : 'exactly'} ${minposonly} positional argument${plural(minposonly)} (${nargs} given)`,
    );
  }
  // Slots for the named parameters, then *args and **kwargs in signature order.
  const vals: unknown[] = new Array(maxargs);
  const npos = Math.min(nargs, maxpos);
  for (let i = 0; i < npos; i++) vals[i] = args[i];
  let used = 0;
  let extra: PyDict | null = null;
  if (nkw) {
    for (let k = 0; k < nkw; k++) {
      const kw = kwnames![k];
      let idx = -1;
      for (let i = posonly; i < maxargs; i++) {
        if (params[i] === kw) {
          idx = i;
          break;
        }
      }
      if (idx < 0) {
        if (sig.varkw) {
          (extra ??= new PyDict()).setStr(kw, args[nargs + k]);
          used++;
          continue;
        }
        continue;
      }
      if (idx < npos) throw typeError(`argument for ${fname} given by name ('${kw}') and position (${idx + 1})`);
      vals[idx] = args[nargs + k];
      used++;
    }
  }
  for (let i = npos; i < maxargs; i++) {
    if (vals[i] !== undefined) continue;
    const d = sig.defaults[i];
    if (d === REQUIRED) throw typeError(`${fname} missing required argument '${params[i]}' (pos ${i + 1})`);
    vals[i] = d;
  }
  if (used < nkw) unexpectedKeyword(sig, names, kwnames!);
  if (!varpos && !sig.varkw) return vals;
  const out = vals.slice(0, maxpos);
  if (varpos) out.push(args.slice(maxpos, nargs));
  for (let i = maxpos; i < maxargs; i++) out.push(vals[i]);
  if (sig.varkw) out.push(extra);
  return out;
}

function unexpectedKeyword(sig: Signature, names: CallNames, kwnames: readonly string[]): never {
  const allowed = sig.names.slice(sig.posonly);
  for (const kw of kwnames) {
    if (allowed.includes(kw)) continue;
    const suggestion = calculateSuggestion(allowed, kw);
    throw typeError(
      `${names.short}() got an unexpected keyword argument '${kw}'` + (suggestion !== null ? `. Did you mean '${suggestion}'?` : ''),
    );
  }
  throw typeError(`invalid keyword argument for ${names.short}()`);
}
