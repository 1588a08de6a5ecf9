// The _sre module: the native half of `re`.  Lib/re/_compiler.py turns a pattern into SRE code and
// calls _sre.compile(); the engine (src/modules/_sre/) runs that code.  CPython: Modules/_sre/sre.c
import { None, type PyValue } from '../objects/object.ts';
import { typeOf } from '../objects/type.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyList } from '../objects/list.ts';
import { PyDict } from '../objects/dict.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyIntBox } from '../objects/boxes.ts';
import { PyNumber_Index } from '../objects/abstract.ts';
import { overflowError, runtimeError, typeError } from '../objects/exceptions.ts';
import { getBuffer } from '../objects/bytes/buffer.ts';
import { PyStrBox } from '../objects/boxes.ts';
import * as C from './_sre/constants.ts';
import { isAlphaAscii, lowerAscii, lowerUnicode, upperUnicode } from './_sre/chars.ts';
import { validateCode } from './_sre/validate.ts';
import { PyPattern } from './_sre/objects.ts';
import { ssizeArg, PatternType, ScannerType } from './_sre/pattern.ts';
import { MatchType } from './_sre/match.ts';
import { sreTemplate, TemplateType } from './_sre/template.ts';

/** A C int argument (Argument Clinic's `int` converter). */
function intArg(v: PyValue): number {
  const i = PyNumber_Index(v);
  if (typeof i === 'bigint' || i > 0x7fffffff || i < -0x80000000) throw overflowError('Python int too large to convert to C int');
  return i;
}

/** A code word: a non-negative int that fits in 32 bits.  CPython: PyLong_AsUnsignedLong + check */
function codeWord(v: PyValue): number {
  let i: number | bigint;
  if (typeof v === 'number' || typeof v === 'bigint') i = v;
  else if (typeof v === 'boolean') i = v ? 1 : 0;
  else if (v instanceof PyIntBox) i = v.value;
  else throw typeError('an integer is required');
  if (i < 0) throw overflowError("can't convert negative value to unsigned int");
  if (typeof i === 'bigint' && i > 0xffffffffffffffffn) throw overflowError('Python int too large to convert to C unsigned long');
  if (i > 0xffffffff) throw overflowError('regular expression code size limit exceeded');
  return Number(i);
}

/** _sre.compile(): a Pattern from compiled code.  CPython: _sre_compile_impl */
function sreCompile(
  _module: PyValue,
  pattern: PyValue,
  flagsArg: PyValue,
  code: PyValue,
  groupsArg: PyValue,
  groupindex: PyValue,
  indexgroup: PyValue,
): PyValue {
  const flags = intArg(flagsArg);
  if (!(code instanceof PyList)) throw typeError(`compile() argument 'code' must be list, not ${typeOf(code).tp_name}`);
  const groups = ssizeArg(groupsArg);
  if (!(groupindex instanceof PyDict)) {
    throw typeError(`compile() argument 'groupindex' must be dict, not ${typeOf(groupindex).tp_name}`);
  }
  if (!(indexgroup instanceof PyTuple)) {
    throw typeError(`compile() argument 'indexgroup' must be tuple, not ${typeOf(indexgroup).tp_name}`);
  }
  const items = code.items;
  const words = new Uint32Array(items.length);
  for (let i = 0; i < items.length; i++) words[i] = codeWord(items[i]);

  let isbytes: number;
  if (pattern === None) isbytes = -1;
  else if (typeof pattern === 'string' || pattern instanceof PyStrBox) isbytes = 0;
  else if (getBuffer(pattern) !== null) isbytes = 1;
  else throw typeError(`expected string or bytes-like object, got '${typeOf(pattern).tp_name}'`);

  const hasNames = groupindex.size > 0;
  const p = new PyPattern(
    words,
    groups,
    hasNames ? groupindex : null,
    hasNames && indexgroup.items.length > 0 ? indexgroup : null,
    pattern,
    flags,
    isbytes,
  );
  if (!validateCode(words, groups)) throw runtimeError('invalid SRE code');
  return p;
}

export const sreModule = defineModule({
  name: '_sre',
  functions: {
    compile: {
      sig: '($module, /, pattern, flags, code, groups, groupindex,\n        indexgroup)',
      impl: sreCompile,
    },
    template: {
      sig: '($module, pattern, template, /)',
      impl: sreTemplate,
      doc:
        '\n\n  template\n    A list containing interleaved literal strings (str or bytes) and group\n    indices (int), as returned by re._parser.parse_template():\n        [literal1, group1, ..., literalN, groupN]',
    },
    getcodesize: { sig: '($module, /)', impl: () => C.CODESIZE },
    ascii_iscased: { sig: '($module, character, /)', impl: (_m: PyValue, c: PyValue) => isAlphaAscii(intArg(c)) },
    unicode_iscased: {
      sig: '($module, character, /)',
      impl: (_m: PyValue, c: PyValue) => {
        const ch = intArg(c);
        return ch !== lowerUnicode(ch) || ch !== upperUnicode(ch);
      },
    },
    ascii_tolower: { sig: '($module, character, /)', impl: (_m: PyValue, c: PyValue) => lowerAscii(intArg(c)) },
    unicode_tolower: { sig: '($module, character, /)', impl: (_m: PyValue, c: PyValue) => lowerUnicode(intArg(c)) },
  },
  constants: () => ({
    MAGIC: C.SRE_MAGIC,
    CODESIZE: C.CODESIZE,
    MAXREPEAT: C.MAXREPEAT,
    MAXGROUPS: C.MAXGROUPS,
    copyright: ' SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ',
  }),
});

// The types are created with the module in CPython; here they are builtin types, readied at start-up.
export { PatternType, MatchType, ScannerType, TemplateType };
