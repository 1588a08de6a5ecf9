// The _string module: str.format's parsers for string.Formatter.  CPython: Objects/unicodeobject.c
// (_string module), Objects/stringlib/unicode_format.h (formatteriterator, fieldnameiterator)
import { PyObject, type PyValue } from '../objects/object.ts';
import { typeOf } from '../objects/type.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import { PyTuple } from '../objects/tuple.ts';
import { typeError } from '../objects/exceptions.ts';
import {
  MarkupIterator,
  FieldNameIterator,
  formatterParserNext,
  formatterFieldNameSplit,
  fieldNameIterNext,
} from '../objects/str/format.ts';

class PyFormatterIter extends PyObject {
  constructor(readonly it: MarkupIterator) {
    super();
  }
}

class PyFieldNameIter extends PyObject {
  constructor(readonly it: FieldNameIterator) {
    super();
  }
}

export const FormatterIterType = defineBuiltinType({
  name: 'formatteriterator',
  instanceClass: PyFormatterIter,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: (s: PyValue) => formatterParserNext((s as PyFormatterIter).it) },
});

export const FieldNameIterType = defineBuiltinType({
  name: 'fieldnameiterator',
  instanceClass: PyFieldNameIter,
  slots: { tp_iter: (s: PyValue) => s, tp_iternext: (s: PyValue) => fieldNameIterNext((s as PyFieldNameIter).it) },
});

function text(v: PyValue): string {
  if (!isStrValue(v)) throw typeError(`expected str, got ${typeOf(v).tp_name}`);
  return strValue(v);
}

function formatterParser(_m: PyValue, s: PyValue): PyValue {
  const t = text(s);
  return new PyFormatterIter(new MarkupIterator(t, 0, t.length));
}

function formatterFieldNameSplitF(_m: PyValue, s: PyValue): PyValue {
  const [first, rest] = formatterFieldNameSplit(text(s));
  return new PyTuple([first, new PyFieldNameIter(rest)]);
}

export const stringModule = defineModule({
  name: '_string',
  doc: 'string helper module',
  functions: {
    formatter_parser: { sig: '($self, object, /)', impl: formatterParser, doc: 'Parses a format string into (literal, field_name, format_spec, conversion) tuples.' },
    formatter_field_name_split: { sig: '($self, object, /)', impl: formatterFieldNameSplitF, doc: 'Splits a field name into its first part and an iterator over the rest.' },
  },
});
