// Replacement templates of sub() and Match.expand(): re._compile_template parses a template into
// literals and group numbers and hands them to _sre.template(); expanding one joins the literals with
// the groups of a match.  CPython: Modules/_sre/sre.c _sre_template_impl, compile_template,
// expand_template
import { None, type PyValue } from '../../objects/object.ts';
import { TPFLAGS, typeOf } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { PyList } from '../../objects/list.ts';
import { BytesType, PyBytes } from '../../objects/bytes.ts';
import { PyStrBox, intValue, isIntValue, isStrValue, strValue } from '../../objects/boxes.ts';
import { PyObject_Call } from '../../objects/abstract.ts';
import { exceptionMatches, indexError, overflowError, PyExc_TypeError, runtimeError, typeError } from '../../objects/exceptions.ts';
import { checkBuffer, getBuffer } from '../../objects/bytes/buffer.ts';
import { importModuleAttr } from '../../objects/iterobject.ts';
import { interp, type Interpreter } from '../../vm/interpreter.ts';
import { PyTemplate, type PyMatch, type PyPattern, type TemplateItem } from './objects.ts';
import { matchGroupByIndex } from './match.ts';

function typeName(v: PyValue): string {
  return typeOf(v).tp_name;
}

/** A group index of a template list.  CPython: PyLong_AsSsize_t (an int, no __index__) */
function templateIndex(v: PyValue): number {
  if (!isIntValue(v)) throw typeError('an integer is required');
  const i = intValue(v);
  if (typeof i === 'number') return i;
  if (i > 0x7fffffffffffffffn || i < -0x8000000000000000n) throw overflowError('Python int too large to convert to C ssize_t');
  return i < 0n ? -1 : Number.MAX_SAFE_INTEGER;
}

/**
 * _sre.template(pattern, template): a template from [literal, group, literal, ..., group, literal].
 * CPython: _sre_template_impl
 */
export function sreTemplate(_module: PyValue, _pattern: PyValue, template: PyValue): PyValue {
  if (!(template instanceof PyList)) throw typeError(`template() argument 2 must be list, not ${typeName(template)}`);
  const list = template.items;
  let n = list.length;
  if ((n & 1) === 0 || n < 1) throw typeError('invalid template');
  n >>= 1;
  let chunks = 1 + 2 * n;
  const items: TemplateItem[] = [];
  for (let i = 0; i < n; i++) {
    const index = templateIndex(list[2 * i + 1]);
    if (index < 0) throw typeError('invalid template');
    let literal: PyValue | null = list[2 * i + 2];
    // Empty literals are left out.
    if ((isStrValue(literal) && strValue(literal) === '') || (literal instanceof PyBytes && literal.data.length === 0)) {
      literal = null;
      chunks--;
    }
    items.push({ index, literal });
  }
  return new PyTemplate(list[0], items, chunks);
}

const compileTemplateFuncs = new WeakMap<Interpreter, PyValue>();

function callCompileTemplate(pattern: PyPattern, template: PyValue): PyValue {
  const ip = interp();
  let func = compileTemplateFuncs.get(ip);
  if (func === undefined) {
    func = importModuleAttr('re', '_compile_template');
    compileTemplateFuncs.set(ip, func);
  }
  return PyObject_Call(func, [pattern, template], null);
}

/** Compiles a replacement template with re._compile_template.  CPython: compile_template */
export function compileTemplate(pattern: PyPattern, template: PyValue): PyTemplate {
  let result: PyValue;
  try {
    result = callCompileTemplate(pattern, template);
  } catch (e) {
    if (!exceptionMatches(e as PyValue, PyExc_TypeError)) throw e;
    // An unhashable template (a bytearray...): retry with a plain str or bytes.
    let plain: PyValue;
    if (template instanceof PyStrBox) plain = template.value;
    else if (checkBuffer(template) && typeOf(template) !== BytesType) plain = new PyBytes(getBuffer(template)!.slice());
    else throw e;
    result = callCompileTemplate(pattern, plain);
  }
  if (!(result instanceof PyTemplate)) {
    throw runtimeError(`the result of compiling a replacement string is ${typeName(result)}`);
  }
  return result;
}

function joinStr(parts: PyValue[]): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const v = parts[i];
    if (typeof v === 'string') out += v;
    else if (v instanceof PyStrBox) out += v.value;
    else throw typeError(`sequence item ${i}: expected str instance, ${typeName(v)} found`);
  }
  return out;
}

function joinBytes(parts: PyValue[]): PyBytes {
  const arrays: Uint8Array[] = [];
  let total = 0;
  for (let i = 0; i < parts.length; i++) {
    const b = getBuffer(parts[i]);
    if (b === null) throw typeError(`sequence item ${i}: expected a bytes-like object, ${typeName(parts[i])} found`);
    arrays.push(b);
    total += b.length;
  }
  const out = new Uint8Array(total);
  let k = 0;
  for (const a of arrays) {
    out.set(a, k);
    k += a.length;
  }
  return new PyBytes(out);
}

/** ''.join(items) for a str template, b''.join(items) otherwise.  CPython: PyUnicode_Join, PyBytes_Join */
export function joinPieces(isStr: boolean, parts: PyValue[]): PyValue {
  return isStr ? joinStr(parts) : joinBytes(parts);
}

/** The replacement for one match.  CPython: expand_template */
export function expandTemplate(self: PyTemplate, match: PyMatch): PyValue {
  if (self.items.length === 0) return self.literal;
  const out: PyValue[] = [self.literal];
  for (const item of self.items) {
    if (item.index >= match.groups) throw indexError('no such group');
    const g = matchGroupByIndex(match, item.index, None);
    if (g !== None) out.push(g);
    if (item.literal !== null) out.push(item.literal);
  }
  return joinPieces(isStrValue(self.literal), out);
}

export const TemplateType = defineBuiltinType({
  name: '_sre.SRE_Template',
  flags: TPFLAGS.DISALLOW_INSTANTIATION | TPFLAGS.HAVE_GC,
  instanceClass: PyTemplate,
});
