// string.templatelib's Template and Interpolation: what a PEP 750 t-string evaluates to.
// CPython: Objects/templateobject.c, Objects/interpolationobject.c
// (Lib/string/templatelib.py is pure Python: it takes the two types from type(t"{0}").)
import { None, PyObject, type PyValue } from './object.ts';
import { PyType, TPFLAGS, typeOf } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { PyTuple } from './tuple.ts';
import { PyObject_Call, PyObject_GetAttr, PyObject_Repr } from './abstract.ts';
import { attributeError, systemError, typeError, valueError } from './exceptions.ts';
import { isStrValue, strValue } from './boxes.ts';
import { bindArguments, parseSignature } from './getargs.ts';
import { genericAliasClassMethod } from './genericalias.ts';
import { builtinByName } from './iterobject.ts';

export class PyInterpolation extends PyObject {
  constructor(
    readonly value: PyValue,
    readonly expression: PyValue,
    /** None, or one of 's', 'r', 'a'. */
    readonly conversion: PyValue,
    readonly format_spec: PyValue,
  ) {
    super();
  }
}

export class PyTemplate extends PyObject {
  constructor(
    /** One more string than interpolations: the text before, between and after them. */
    readonly strings: PyTuple,
    readonly interpolations: PyTuple,
  ) {
    super();
  }
}

/** Iterates a template's non-empty strings and its interpolations, in source order. */
export class PyTemplateIter extends PyObject {
  private nextString = 0;
  private nextInterpolation = 0;
  private fromStrings = true;
  constructor(private readonly template: PyTemplate) {
    super();
  }

  /** CPython: templateiter_next */
  next(): PyValue | undefined {
    const { strings, interpolations } = this.template;
    if (this.fromStrings) {
      this.fromStrings = false;
      const s = strings.items[this.nextString++];
      if (s === undefined) return undefined;
      if (strValue(s).length !== 0) return s;
    }
    this.fromStrings = true;
    return interpolations.items[this.nextInterpolation++];
  }
}

function readonlyAttribute(): never {
  throw attributeError('readonly attribute');
}

// ---- Interpolation ----

const CONVERSIONS: readonly PyValue[] = [None, 's', 'r', 'a'];

/** BUILD_INTERPOLATION: conversion is the opcode's FVC_* number (0 none, 1 str, 2 repr, 3 ascii).  CPython: _PyInterpolation_Build */
export function makeInterpolation(value: PyValue, str: PyValue, conversion: number, format: PyValue): PyValue {
  const conv = CONVERSIONS[conversion];
  if (conv === undefined) throw systemError("Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'");
  return new PyInterpolation(value, str, conv, format);
}

function strArgument(name: string, v: PyValue): PyValue {
  if (!isStrValue(v)) throw typeError(`Interpolation() argument '${name}' must be str, not ${typeOf(v).tp_name}`);
  return v;
}

/** Interpolation(value, expression='', conversion=None, format_spec='').  CPython: interpolation_new_impl */
function interpolationNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const sig = parseSignature("(value, expression='', conversion=None, format_spec='')");
  const [value, expression, conversion, formatSpec] = bindArguments(sig, { short: 'Interpolation', funcStr: 'Interpolation()' }, args, kwnames) as PyValue[];
  strArgument('expression', expression);
  if (conversion !== None) {
    if (!isStrValue(conversion)) throw typeError(`Interpolation() argument 'conversion' must be str, not ${typeOf(conversion).tp_name}`);
    const c = strValue(conversion);
    if (c !== 's' && c !== 'r' && c !== 'a') throw valueError("Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'");
  }
  strArgument('format_spec', formatSpec);
  return new PyInterpolation(value, expression, conversion, formatSpec);
}

function interpolationRepr(self: PyValue): string {
  const i = self as PyInterpolation;
  return `Interpolation(${[i.value, i.expression, i.conversion, i.format_spec].map(PyObject_Repr).join(', ')})`;
}

function interpolationReduce(self: PyInterpolation): PyValue {
  return new PyTuple([typeOf(self), new PyTuple([self.value, self.expression, self.conversion, self.format_spec])]);
}

// ---- Template ----

/** BUILD_TEMPLATE: strings has one more item than interpolations.  CPython: _PyTemplate_Build */
export function makeTemplate(strings: PyValue, interpolations: PyValue): PyValue {
  return new PyTemplate(strings as PyTuple, interpolations as PyTuple);
}

/**
 * Template(*args): strings and Interpolations in any order; adjacent strings are joined and an empty
 * string goes between adjacent interpolations (and at either end), so strings always has one more item.
 * CPython: template_new
 */
function templateNew(_type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length) throw typeError('Template.__new__ only accepts *args arguments');
  const strings: PyValue[] = [];
  const interpolations: PyValue[] = [];
  let lastWasStr = false;
  for (const item of args) {
    if (isStrValue(item)) {
      if (lastWasStr) strings[strings.length - 1] = strValue(strings[strings.length - 1]) + strValue(item);
      else strings.push(item);
      lastWasStr = true;
    } else if (item instanceof PyInterpolation) {
      if (!lastWasStr) strings.push('');
      interpolations.push(item);
      lastWasStr = false;
    } else {
      throw typeError(`Template.__new__ *args need to be of type 'str' or 'Interpolation', got ${typeOf(item).tp_name}`);
    }
  }
  if (!lastWasStr) strings.push('');
  return new PyTemplate(new PyTuple(strings), new PyTuple(interpolations));
}

function templateRepr(self: PyValue): string {
  const t = self as PyTemplate;
  return `Template(strings=${PyObject_Repr(t.strings)}, interpolations=${PyObject_Repr(t.interpolations)})`;
}

/** Template + Template: the last string of one joins the first of the other.  CPython: _PyTemplate_Concat */
function templateConcat(self: PyValue, other: PyValue): PyValue {
  if (!(self instanceof PyTemplate) || !(other instanceof PyTemplate)) {
    throw typeError(`can only concatenate string.templatelib.Template (not "${typeOf(other).tp_name}") to string.templatelib.Template`);
  }
  const left = self.strings.items;
  const right = other.strings.items;
  const joined = strValue(left[left.length - 1]) + strValue(right[0]);
  const strings = new PyTuple([...left.slice(0, -1), joined, ...right.slice(1)]);
  return new PyTemplate(strings, new PyTuple([...self.interpolations.items, ...other.interpolations.items]));
}

function templateValues(self: PyTemplate): PyValue {
  return new PyTuple(self.interpolations.items.map((i) => (i as PyInterpolation).value));
}

/** (string.templatelib._template_unpickle, (strings, interpolations)).  CPython: template_reduce */
function templateReduce(self: PyTemplate): PyValue {
  const mod = PyObject_Call(builtinByName('__import__'), ['string.templatelib', None, None, new PyTuple(['_template_unpickle'])]);
  const func = PyObject_GetAttr(mod, '_template_unpickle');
  return new PyTuple([func, new PyTuple([self.strings, self.interpolations])]);
}

// ---- the types ----

export const InterpolationType = defineBuiltinType({
  name: 'string.templatelib.Interpolation',
  doc: 'One replacement field of a t-string: its value, source text, conversion and format spec.',
  instanceClass: PyInterpolation,
  slots: { tp_new: interpolationNew, tp_repr: interpolationRepr },
  methods: {
    __reduce__: { sig: '($self, /)', impl: interpolationReduce, doc: 'Returns (Interpolation, (value, expression, conversion, format_spec)) for pickle.' },
    __class_getitem__: genericAliasClassMethod('Interpolation[T] is generic in the type of its value.'),
  },
  getset: {
    value: { get: (i: PyInterpolation) => i.value, set: readonlyAttribute, doc: 'The value of the expression.' },
    expression: { get: (i: PyInterpolation) => i.expression, set: readonlyAttribute, doc: 'The source text of the expression.' },
    conversion: { get: (i: PyInterpolation) => i.conversion, set: readonlyAttribute, doc: "The conversion: 's', 'r', 'a' or None." },
    format_spec: { get: (i: PyInterpolation) => i.format_spec, set: readonlyAttribute, doc: 'The format specification.' },
  },
  attrs: () => ({ __match_args__: new PyTuple(['value', 'expression', 'conversion', 'format_spec']) }),
});

export const TemplateType = defineBuiltinType({
  name: 'string.templatelib.Template',
  doc: 'What a t-string evaluates to: its literal strings and its interpolations, not yet joined.',
  instanceClass: PyTemplate,
  slots: { tp_new: templateNew, tp_repr: templateRepr, tp_iter: (self: PyValue) => new PyTemplateIter(self as PyTemplate) },
  sequence: { sq_concat: templateConcat },
  methods: {
    __reduce__: { sig: '($self, /)', impl: templateReduce },
    __class_getitem__: genericAliasClassMethod('Template[T] may be used in annotations.'),
  },
  getset: {
    strings: { get: (t: PyTemplate) => t.strings, set: readonlyAttribute, doc: 'The literal strings, one more than the interpolations.' },
    interpolations: { get: (t: PyTemplate) => t.interpolations, set: readonlyAttribute, doc: 'The Interpolation objects.' },
    values: { get: templateValues, doc: 'The values of the interpolations.' },
  },
});

export const TemplateIterType = defineBuiltinType({
  name: 'string.templatelib.TemplateIter',
  doc: 'Iterator over a Template.',
  flags: TPFLAGS.DISALLOW_INSTANTIATION,
  instanceClass: PyTemplateIter,
  slots: { tp_iter: (self: PyValue) => self, tp_iternext: (self: PyValue) => (self as PyTemplateIter).next() },
});
