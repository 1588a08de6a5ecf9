// The unicodedata module: the Unicode 16.0 database (the module's functions) and the 3.2.0 one
// (unicodedata.ucd_3_2_0, a UCD object with the same methods), with CPython's argument checks and
// errors. The data and algorithms are src/unicode/'s.  CPython: Modules/unicodedata.c
import { None, PyObject, type PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { defineBuiltinType, type MethodSpec } from '../objects/builtin-type.ts';
import { TPFLAGS, typeOf } from '../objects/type.ts';
import { PyFloat } from '../objects/float.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import { getBuffer } from '../objects/bytes/buffer.ts';
import * as E from '../objects/exceptions.ts';
import { UCD, UCD_3_2_0, type UnicodeDatabase } from '../unicode/ucd.ts';
import { cpLength } from '../objects/str/codepoints.ts';
import { addressOf } from '../objects/id.ts';

type V = PyValue;

/** A UCD object: a database other than the module's own (ucd_3_2_0). */
export class PyUCD extends PyObject {
  constructor(readonly db: UnicodeDatabase) {
    super();
  }
}

/** The database `self` stands for: a UCD object's, or the module's current one. */
function dbOf(self: V): UnicodeDatabase {
  return self instanceof PyUCD ? self.db : UCD;
}

/** A `chr: int(accept={str})` argument: a str of one character.  CPython: Argument Clinic */
function charArg(fname: string, v: V, only = true): number {
  const which = only ? 'argument' : 'argument 1';
  if (!isStrValue(v)) throw E.typeError(`${fname}() ${which} must be a unicode character, not ${typeOf(v).tp_name}`);
  const s = strValue(v);
  const n = cpLength(s);
  if (n !== 1) throw E.typeError(`${fname}(): ${which} must be a unicode character, not a string of length ${n}`);
  return s.codePointAt(0)!;
}

function strArg(fname: string, pos: number, v: V): string {
  if (!isStrValue(v)) throw E.typeError(`${fname}() argument ${pos} must be str, not ${typeOf(v).tp_name}`);
  return strValue(v);
}

function decimal(self: V, chr: V, dflt: V | undefined): V {
  const d = dbOf(self).decimal(charArg('decimal', chr, false));
  if (d < 0) {
    if (dflt === undefined) throw E.valueError('not a decimal');
    return dflt;
  }
  return d;
}

function digit(self: V, chr: V, dflt: V | undefined): V {
  const d = dbOf(self).digit(charArg('digit', chr, false));
  if (d < 0) {
    if (dflt === undefined) throw E.valueError('not a digit');
    return dflt;
  }
  return d;
}

function numeric(self: V, chr: V, dflt: V | undefined): V {
  const d = dbOf(self).numeric(charArg('numeric', chr, false));
  if (d === -1) {
    if (dflt === undefined) throw E.valueError('not a numeric character');
    return dflt;
  }
  return new PyFloat(d);
}

function name(self: V, chr: V, dflt: V | undefined): V {
  const n = dbOf(self).name(charArg('name', chr, false));
  if (n === undefined) {
    if (dflt === undefined) throw E.valueError('no such name');
    return dflt;
  }
  return n;
}

const NAME_MAXLEN = 256;

/** lookup(name): the character (or named sequence) with that name.  CPython: unicodedata_UCD_lookup_impl */
function lookup(self: V, nameArg: V): V {
  let text: string;
  let utf8Length: number;
  if (isStrValue(nameArg)) {
    text = strValue(nameArg);
    utf8Length = new TextEncoder().encode(text).length;
  } else {
    const buf = getBuffer(nameArg);
    if (buf === null) throw E.typeError(`a bytes-like object is required, not '${typeOf(nameArg).tp_name}'`);
    text = new TextDecoder('utf-8').decode(buf);
    utf8Length = buf.length;
  }
  if (utf8Length > NAME_MAXLEN) throw E.keyError('name too long');
  const cps = dbOf(self).lookup(text);
  if (cps === undefined) throw E.keyError(`undefined character name '${text}'`);
  return String.fromCodePoint(...cps);
}

function normalForm(fname: string, v: V): 'NFC' | 'NFD' | 'NFKC' | 'NFKD' | null {
  const f = strArg(fname, 1, v);
  return f === 'NFC' || f === 'NFD' || f === 'NFKC' || f === 'NFKD' ? f : null;
}

function normalize(self: V, form: V, unistr: V): V {
  const f = normalForm('normalize', form);
  const s = strArg('normalize', 2, unistr);
  // An empty string comes back as it is, whatever the form.
  if (s === '') return s;
  if (f === null) throw E.valueError('invalid normalization form');
  return dbOf(self).normalize(f, s);
}

function isNormalized(self: V, form: V, unistr: V): V {
  const f = normalForm('is_normalized', form);
  const s = strArg('is_normalized', 2, unistr);
  // CPython 3.14.2 answers True for an empty string before looking at the form.
  if (s === '') return true;
  if (f === null) throw E.valueError('invalid normalization form');
  return dbOf(self).isNormalized(f, s);
}

/** The functions, shared by the module and UCD objects. */
function functions(): Record<string, MethodSpec> {
  return {
    decimal: {
      sig: '($self, chr, default=<unrepresentable>, /)',
      impl: decimal,
      doc: 'Return the decimal value of the character chr, or default (ValueError without one) if it has none.',
    },
    digit: {
      sig: '($self, chr, default=<unrepresentable>, /)',
      impl: digit,
      doc: 'Return the digit value of the character chr, or default (ValueError without one) if it has none.',
    },
    numeric: {
      sig: '($self, chr, default=<unrepresentable>, /)',
      impl: numeric,
      doc: 'Return the numeric value of the character chr as a float, or default (ValueError without one).',
    },
    category: { sig: '($self, chr, /)', impl: (self: V, c: V) => dbOf(self).category(charArg('category', c)), doc: 'Return the general category of the character chr.' },
    bidirectional: {
      sig: '($self, chr, /)',
      impl: (self: V, c: V) => dbOf(self).bidirectional(charArg('bidirectional', c)),
      doc: "Return the bidirectional class of the character chr ('' if none).",
    },
    combining: { sig: '($self, chr, /)', impl: (self: V, c: V) => dbOf(self).combining(charArg('combining', c)), doc: 'Return the canonical combining class of the character chr.' },
    mirrored: { sig: '($self, chr, /)', impl: (self: V, c: V) => dbOf(self).mirrored(charArg('mirrored', c)), doc: 'Return 1 if the character chr is mirrored in bidirectional text, else 0.' },
    east_asian_width: {
      sig: '($self, chr, /)',
      impl: (self: V, c: V) => dbOf(self).eastAsianWidth(charArg('east_asian_width', c)),
      doc: 'Return the East Asian width of the character chr.',
    },
    decomposition: {
      sig: '($self, chr, /)',
      impl: (self: V, c: V) => dbOf(self).decomposition(charArg('decomposition', c)),
      doc: "Return the decomposition mapping of the character chr ('' if none).",
    },
    is_normalized: { sig: '($self, form, unistr, /)', impl: isNormalized, doc: "Return whether unistr is in the normal form 'form'." },
    normalize: { sig: '($self, form, unistr, /)', impl: normalize, doc: "Return the normal form 'form' ('NFC', 'NFKC', 'NFD' or 'NFKD') of unistr." },
    name: {
      sig: '($self, chr, default=<unrepresentable>, /)',
      impl: name,
      doc: 'Return the name of the character chr, or default (ValueError without one) if it has none.',
    },
    lookup: { sig: '($self, name, /)', impl: lookup, doc: 'Return the character with the given name; KeyError if there is none.' },
  };
}

export const UCDType = defineBuiltinType({
  name: 'unicodedata.UCD',
  instanceClass: PyUCD,
  flags: TPFLAGS.DISALLOW_INSTANTIATION | TPFLAGS.HAVE_GC,
  methods: functions(),
  getset: {
    unidata_version: {
      get: (u: PyUCD) => u.db.version,
      set: () => {
        throw E.attributeError('readonly attribute');
      },
    },
  },
});

/** The capsule CPython hands C code (the name lookups of \\N{...}); pyts's own code needs none. */
class PyCapsule extends PyObject {
  constructor(readonly capsuleName: string) {
    super();
  }
}

const CapsuleType = defineBuiltinType({
  name: 'PyCapsule',
  instanceClass: PyCapsule,
  flags: TPFLAGS.DISALLOW_INSTANTIATION,
  slots: { tp_repr: (c: V) => `<capsule object "${(c as PyCapsule).capsuleName}" at ${addressOf(c)}>` },
});
void CapsuleType;

let ucd32: PyUCD | null = null;

export const unicodedataModule = defineModule({
  name: 'unicodedata',
  doc:
    'This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n' +
    `${UCD.version} which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData File Format ${UCD.version}.`,
  // The module's functions are the UCD methods with the module as self, as in CPython (their
  // signatures say $self).
  functions: functions(),
  constants: () => ({
    unidata_version: UCD.version,
    UCD: UCDType,
    ucd_3_2_0: (ucd32 ??= new PyUCD(UCD_3_2_0)),
    _ucnhash_CAPI: new PyCapsule('unicodedata._ucnhash_CAPI'),
  }),
});

void None;
