// The pyexpat module: Python's interface to the expat XML parser (xmlparser objects, handlers,
// ExpatError, the errors and model submodules).  CPython: Modules/pyexpat.c
import { PyObject, None, type PyValue } from '../../objects/object.ts';
import { TPFLAGS, type PyType, typeOf } from '../../objects/type.ts';
import { defineBuiltinType } from '../../objects/builtin-type.ts';
import { defineModule } from '../../objects/module-def.ts';
import { PyModule } from '../../objects/module.ts';
import { PyList } from '../../objects/list.ts';
import { PyDict } from '../../objects/dict.ts';
import { PyTuple } from '../../objects/tuple-object.ts';
import { PyBytes } from '../../objects/bytes.ts';
import { PyCapsule } from '../../objects/capsule.ts';
import { isStrValue, strValue, isIntValue } from '../../objects/boxes.ts';
import { getBuffer } from '../../objects/bytes/buffer.ts';
import { utf8Encode } from '../../objects/codecs/utf8.ts';
import { PyObject_Call, PyObject_IsTrue, PyObject_LookupAttr, PyObject_CallOneArg, PyObject_SetAttr, PyNumber_Index } from '../../objects/abstract.ts';
import { typeFullName } from '../../objects/typeobject.ts';
import { PyNumber_Float } from '../../objects/float.ts';
import { typeError, valueError, overflowError, runtimeError, newException, PyExc_Exception } from '../../objects/exceptions.ts';
import { newExceptionClass } from '../hashlib-support.ts';
import { interp } from '../../vm/interpreter.ts';
import { XmlParser } from './xmlparse.ts';
import { XE } from './errors.ts';
import { EncKind } from './chars.ts';
import type { ContentModel } from './dtd.ts';

const EXPAT_VERSION: [number, number, number] = [2, 7, 3];

/** Error names and messages in code order (code = index + 1).  CPython: Modules/expat/xmlparse.c XML_ErrorString */
const ERRORS: readonly [string, string][] = [
  ['XML_ERROR_NO_MEMORY', 'out of memory'],
  ['XML_ERROR_SYNTAX', 'syntax error'],
  ['XML_ERROR_NO_ELEMENTS', 'no element found'],
  ['XML_ERROR_INVALID_TOKEN', 'not well-formed (invalid token)'],
  ['XML_ERROR_UNCLOSED_TOKEN', 'unclosed token'],
  ['XML_ERROR_PARTIAL_CHAR', 'partial character'],
  ['XML_ERROR_TAG_MISMATCH', 'mismatched tag'],
  ['XML_ERROR_DUPLICATE_ATTRIBUTE', 'duplicate attribute'],
  ['XML_ERROR_JUNK_AFTER_DOC_ELEMENT', 'junk after document element'],
  ['XML_ERROR_PARAM_ENTITY_REF', 'illegal parameter entity reference'],
  ['XML_ERROR_UNDEFINED_ENTITY', 'undefined entity'],
  ['XML_ERROR_RECURSIVE_ENTITY_REF', 'recursive entity reference'],
  ['XML_ERROR_ASYNC_ENTITY', 'asynchronous entity'],
  ['XML_ERROR_BAD_CHAR_REF', 'reference to invalid character number'],
  ['XML_ERROR_BINARY_ENTITY_REF', 'reference to binary entity'],
  ['XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF', 'reference to external entity in attribute'],
  ['XML_ERROR_MISPLACED_XML_PI', 'XML or text declaration not at start of entity'],
  ['XML_ERROR_UNKNOWN_ENCODING', 'unknown encoding'],
  ['XML_ERROR_INCORRECT_ENCODING', 'encoding specified in XML declaration is incorrect'],
  ['XML_ERROR_UNCLOSED_CDATA_SECTION', 'unclosed CDATA section'],
  ['XML_ERROR_EXTERNAL_ENTITY_HANDLING', 'error in processing external entity reference'],
  ['XML_ERROR_NOT_STANDALONE', 'document is not standalone'],
  ['XML_ERROR_UNEXPECTED_STATE', 'unexpected parser state - please send a bug report'],
  ['XML_ERROR_ENTITY_DECLARED_IN_PE', 'entity declared in parameter entity'],
  ['XML_ERROR_FEATURE_REQUIRES_XML_DTD', 'requested feature requires XML_DTD support in Expat'],
  ['XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING', 'cannot change setting once parsing has begun'],
  ['XML_ERROR_UNBOUND_PREFIX', 'unbound prefix'],
  ['XML_ERROR_UNDECLARING_PREFIX', 'must not undeclare prefix'],
  ['XML_ERROR_INCOMPLETE_PE', 'incomplete markup in parameter entity'],
  ['XML_ERROR_XML_DECL', 'XML declaration not well-formed'],
  ['XML_ERROR_TEXT_DECL', 'text declaration not well-formed'],
  ['XML_ERROR_PUBLICID', 'illegal character(s) in public id'],
  ['XML_ERROR_SUSPENDED', 'parser suspended'],
  ['XML_ERROR_NOT_SUSPENDED', 'parser not suspended'],
  ['XML_ERROR_ABORTED', 'parsing aborted'],
  ['XML_ERROR_FINISHED', 'parsing finished'],
  ['XML_ERROR_SUSPEND_PE', 'cannot suspend in external parameter entity'],
  ['XML_ERROR_RESERVED_PREFIX_XML', 'reserved prefix (xml) must not be undeclared or bound to another namespace name'],
  ['XML_ERROR_RESERVED_PREFIX_XMLNS', 'reserved prefix (xmlns) must not be declared or undeclared'],
  ['XML_ERROR_RESERVED_NAMESPACE_URI', 'prefix must not be bound to one of the reserved namespace names'],
  ['XML_ERROR_INVALID_ARGUMENT', 'invalid argument'],
  ['XML_ERROR_NO_BUFFER', 'a successful prior call to function XML_GetBuffer is required'],
  ['XML_ERROR_AMPLIFICATION_LIMIT_BREACH', 'limit on input amplification factor (from DTD and entities) breached'],
  ['XML_ERROR_NOT_STARTED', 'parser not started'],
];

/** CPython: XML_ErrorString */
function errorString(code: number): string | null {
  return code >= 1 && code <= ERRORS.length ? ERRORS[code - 1][1] : null;
}

interface ExpatState {
  error: PyType;
}

let state: ExpatState | null = null;

// ---- the parser object ----

/** Handler names in CPython's order (handler_info[]). */
const HANDLERS = [
  'StartElementHandler',
  'EndElementHandler',
  'ProcessingInstructionHandler',
  'CharacterDataHandler',
  'UnparsedEntityDeclHandler',
  'NotationDeclHandler',
  'StartNamespaceDeclHandler',
  'EndNamespaceDeclHandler',
  'CommentHandler',
  'StartCdataSectionHandler',
  'EndCdataSectionHandler',
  'DefaultHandler',
  'DefaultHandlerExpand',
  'NotStandaloneHandler',
  'ExternalEntityRefHandler',
  'StartDoctypeDeclHandler',
  'EndDoctypeDeclHandler',
  'EntityDeclHandler',
  'XmlDeclHandler',
  'ElementDeclHandler',
  'AttlistDeclHandler',
  'SkippedEntityHandler',
] as const;

type HandlerName = (typeof HANDLERS)[number];

export class PyXmlParser extends PyObject {
  readonly handlers = new Map<HandlerName, PyValue>();
  bufferSize = 8192;
  /** Buffered character data (buffer_text), or null when not buffering. */
  buffer: string[] | null = null;
  bufferUsed = 0;
  orderedAttributes = false;
  specifiedAttributes = false;
  nsPrefixes = false;
  inCallback = false;
  /** The context (event text) of the current callback, for GetInputContext. */
  constructor(
    readonly parser: XmlParser,
    readonly intern: PyDict | null,
  ) {
    super();
  }
}

function P(self: PyValue): PyXmlParser {
  return self as PyXmlParser;
}

/** A name passed to Python through the intern dictionary.  CPython: string_intern */
function intern(self: PyXmlParser, s: string | null): PyValue {
  if (s === null) return None;
  const d = self.intern;
  if (d === null) return s;
  const v = d.get(s);
  if (v !== undefined) return v;
  d.set(s, s);
  return s;
}

function strOrNone(s: string | null): PyValue {
  return s === null ? None : s;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return n;
}

/** Calls a Python handler; an exception stops the parser.  CPython: call_with_frame */
function callHandler(self: PyXmlParser, name: HandlerName, args: PyValue[]): PyValue {
  const fn = self.handlers.get(name)!;
  self.inCallback = true;
  try {
    return PyObject_Call(fn, args, null);
  } catch (e) {
    flagError(self);
    throw e;
  } finally {
    self.inCallback = false;
  }
}

/** After an exception in a handler every handler is dropped.  CPython: flag_error, clear_handlers */
function flagError(self: PyXmlParser): void {
  for (const h of HANDLERS) setHandler(self, h, None);
}

/** CPython: call_character_handler */
function callCharacterHandler(self: PyXmlParser, data: string): void {
  if (!self.handlers.has('CharacterDataHandler')) return;
  callHandler(self, 'CharacterDataHandler', [data]);
}

/** CPython: flush_character_buffer */
function flushCharacterBuffer(self: PyXmlParser): void {
  if (self.buffer === null || self.bufferUsed === 0) return;
  const data = self.buffer.join('');
  self.buffer.length = 0;
  self.bufferUsed = 0;
  callCharacterHandler(self, data);
}

/** CPython: my_CharacterDataHandler */
function characterData(self: PyXmlParser, data: string): void {
  if (self.buffer === null) {
    callCharacterHandler(self, data);
    return;
  }
  const len = utf8Length(data);
  if (len > self.bufferSize - self.bufferUsed) {
    flushCharacterBuffer(self);
    if (!self.handlers.has('CharacterDataHandler')) return;
  }
  if (len > self.bufferSize) {
    callCharacterHandler(self, data);
    self.bufferUsed = 0;
  } else {
    self.buffer.push(data);
    self.bufferUsed += len;
  }
}

/** Calls a handler other than CharacterData: buffered text goes first.  CPython: RC_HANDLER */
function call(self: PyXmlParser, name: HandlerName, args: PyValue[]): PyValue | undefined {
  if (!self.handlers.has(name)) return undefined;
  flushCharacterBuffer(self);
  if (!self.handlers.has(name)) return undefined;
  return callHandler(self, name, args);
}

function intResult(v: PyValue | undefined): boolean {
  if (v === undefined) return false;
  const n = PyNumber_Index(v);
  return n !== 0;
}

function convModel(m: ContentModel): PyTuple {
  return new PyTuple([m.type, m.quant, strOrNone(m.name), new PyTuple(m.children.map(convModel))]);
}

/** Installs or removes the engine callback behind a Python handler.  CPython: handler_info[].setter */
function setHandler(self: PyXmlParser, name: HandlerName, v: PyValue): void {
  const on = v !== None;
  if (on) self.handlers.set(name, v);
  else self.handlers.delete(name);
  const p = self.parser;
  switch (name) {
    case 'StartElementHandler':
      p.startElement = on
        ? (n, atts, nSpecified) => {
            if (!self.handlers.has(name)) return;
            flushCharacterBuffer(self);
            const max = self.specifiedAttributes ? nSpecified : atts.length;
            let container: PyValue;
            if (self.orderedAttributes) {
              const items: PyValue[] = [];
              for (let i = 0; i < max; i += 2) items.push(intern(self, atts[i]), atts[i + 1]);
              container = new PyList(items);
            } else {
              const d = new PyDict();
              for (let i = 0; i < max; i += 2) d.set(intern(self, atts[i]), atts[i + 1]);
              container = d;
            }
            callHandler(self, name, [intern(self, n), container]);
          }
        : null;
      break;
    case 'EndElementHandler':
      p.endElement = on ? (n) => void call(self, name, [intern(self, n)]) : null;
      break;
    case 'ProcessingInstructionHandler':
      p.processingInstruction = on ? (t, d) => void call(self, name, [intern(self, t), d]) : null;
      break;
    case 'CharacterDataHandler':
      p.characterData = on ? (d) => characterData(self, d) : null;
      break;
    case 'UnparsedEntityDeclHandler':
      p.unparsedEntityDecl = on
        ? (n, base, sysid, pubid, notation) =>
            void call(self, name, [intern(self, n), intern(self, base), intern(self, sysid), intern(self, pubid), intern(self, notation)])
        : null;
      break;
    case 'NotationDeclHandler':
      p.notationDecl = on
        ? (n, base, sysid, pubid) => void call(self, name, [intern(self, n), intern(self, base), intern(self, sysid), intern(self, pubid)])
        : null;
      break;
    case 'StartNamespaceDeclHandler':
      p.startNamespaceDecl = on ? (prefix, uri) => void call(self, name, [intern(self, prefix), intern(self, uri)]) : null;
      break;
    case 'EndNamespaceDeclHandler':
      p.endNamespaceDecl = on ? (prefix) => void call(self, name, [intern(self, prefix)]) : null;
      break;
    case 'CommentHandler':
      p.comment = on ? (d) => void call(self, name, [d]) : null;
      break;
    case 'StartCdataSectionHandler':
      p.startCdataSection = on ? () => void call(self, name, []) : null;
      break;
    case 'EndCdataSectionHandler':
      p.endCdataSection = on ? () => void call(self, name, []) : null;
      break;
    case 'DefaultHandler':
    case 'DefaultHandlerExpand':
      // expat has one default handler: setting either replaces it.
      p.defaultHandler = on ? (d) => void call(self, name, [d]) : null;
      p.defaultExpand = name === 'DefaultHandlerExpand';
      break;
    case 'NotStandaloneHandler':
      p.notStandalone = on ? () => intResult(call(self, name, [])) : null;
      break;
    case 'ExternalEntityRefHandler':
      p.externalEntityRef = on
        ? (context, base, sysid, pubid) => intResult(call(self, name, [strOrNone(context), intern(self, base), intern(self, sysid), intern(self, pubid)]))
        : null;
      break;
    case 'StartDoctypeDeclHandler':
      p.startDoctypeDecl = on
        ? (n, sysid, pubid, internal) => void call(self, name, [intern(self, n), intern(self, sysid), intern(self, pubid), internal ? 1 : 0])
        : null;
      break;
    case 'EndDoctypeDeclHandler':
      p.endDoctypeDecl = on ? () => void call(self, name, []) : null;
      break;
    case 'EntityDeclHandler':
      p.entityDecl = on
        ? (n, isParam, value, base, sysid, pubid, notation) =>
            void call(self, name, [
              intern(self, n),
              isParam ? 1 : 0,
              strOrNone(value),
              intern(self, base),
              intern(self, sysid),
              intern(self, pubid),
              intern(self, notation),
            ])
        : null;
      break;
    case 'XmlDeclHandler':
      p.xmlDecl = on ? (version, encoding, standalone) => void call(self, name, [strOrNone(version), strOrNone(encoding), standalone]) : null;
      break;
    case 'ElementDeclHandler':
      p.elementDecl = on ? (n, model) => void call(self, name, [intern(self, n), convModel(model)]) : null;
      break;
    case 'AttlistDeclHandler':
      p.attlistDecl = on
        ? (el, att, type, dflt, required) => void call(self, name, [intern(self, el), intern(self, att), type, strOrNone(dflt), required ? 1 : 0])
        : null;
      break;
    case 'SkippedEntityHandler':
      p.skippedEntity = on ? (n, isParam) => void call(self, name, [intern(self, n), isParam ? 1 : 0]) : null;
      break;
  }
}

/** Single-byte encodings Python knows, for a declared encoding expat does not.  CPython: PyUnknownEncodingHandler */
function unknownEncoding(name: string): Int32Array | null {
  const all = new Uint8Array(256);
  for (let i = 0; i < 256; i++) all[i] = i;
  const decode = PyObject_LookupAttr(new PyBytes(all), 'decode')!;
  const u = PyObject_Call(decode, [name, 'replace'], null);
  const s = strValue(u);
  const cps = Array.from(s);
  if (cps.length !== 256) throw valueError('multi-byte encodings are not supported');
  const table = new Int32Array(256);
  for (let i = 0; i < 256; i++) table[i] = cps[i] === '\ufffd' ? -1 : cps[i].codePointAt(0)!;
  return table;
}

function newParser(encoding: string | null, nsSep: string | null, internDict: PyDict | null, engine: XmlParser | null = null): PyXmlParser {
  const p = engine ?? new XmlParser(encoding, nsSep);
  p.unknownEncoding = unknownEncoding;
  return new PyXmlParser(p, internDict);
}

// ---- errors ----

/** Raises ExpatError for the parser's error.  CPython: set_xml_error */
function raiseError(self: PyXmlParser, code: number, message: string | null = null): never {
  const p = self.parser;
  const line = p.errLine;
  const col = p.errCol;
  const msg = message ?? `${errorString(code)}: line ${line}, column ${col}`;
  const err = newException(state!.error, [msg]);
  PyObject_SetAttr(err, 'code', code);
  PyObject_SetAttr(err, 'offset', col);
  PyObject_SetAttr(err, 'lineno', line);
  throw err;
}

/** CPython: get_parse_result */
function parseResult(self: PyXmlParser, ok: boolean): number {
  if (!ok) {
    const p = self.parser;
    if (p.errorCode === XE.FINISHED || p.errorCode === XE.SUSPENDED) {
      p.errLine = p.currentLine;
      p.errCol = p.currentColumn;
    }
    raiseError(self, p.errorCode);
  }
  flushCharacterBuffer(self);
  return 1;
}

// ---- methods ----

/** CPython: pyexpat_xmlparser_Parse_impl */
function xmlparserParse(self: PyValue, data: PyValue, isfinal: PyValue): number {
  const x = P(self);
  let bytes: Uint8Array;
  if (isStrValue(data)) {
    bytes = utf8Encode(strValue(data), 'strict');
    x.parser.setEncoding('utf-8');
  } else {
    const b = getBuffer(data);
    if (b === null) throw typeError(`a bytes-like object is required, not '${typeFullName(typeOf(data))}'`);
    bytes = b;
  }
  const final = PyObject_IsTrue(isfinal);
  return parseResult(x, x.parser.parse(bytes, final));
}

/** CPython: pyexpat_xmlparser_ParseFile_impl */
function xmlparserParseFile(self: PyValue, file: PyValue): number {
  const x = P(self);
  const read = PyObject_LookupAttr(file, 'read');
  if (read === undefined) throw typeError("argument must have 'read' attribute");
  for (;;) {
    const chunk = PyObject_CallOneArg(read, 2048);
    let bytes: Uint8Array;
    if (isStrValue(chunk)) bytes = utf8Encode(strValue(chunk), 'strict');
    else {
      const b = chunk instanceof PyBytes ? getBuffer(chunk) : null;
      if (b === null) throw typeError(`read() did not return a bytes object (type=${typeOf(chunk).tp_name})`);
      bytes = b;
    }
    if (bytes.length > 2048) throw valueError(`read() returned too much data: 2048 bytes requested, ${bytes.length} returned`);
    const ok = x.parser.parse(bytes, bytes.length === 0);
    if (!ok) return parseResult(x, false);
    if (bytes.length === 0) break;
  }
  return parseResult(x, true);
}

function xmlparserSetBase(self: PyValue, base: PyValue): PyValue {
  if (!isStrValue(base)) throw typeError(`SetBase() argument must be str, not ${typeFullName(typeOf(base))}`);
  P(self).parser.base = strValue(base);
  return None;
}

function xmlparserGetBase(self: PyValue): PyValue {
  return strOrNone(P(self).parser.base);
}

/** CPython: pyexpat_xmlparser_GetInputContext_impl */
// Differs from CPython: the bytes are the decoded input encoded again (the same bytes for valid input;
// single-byte tables other than Latin-1 give the UTF-8 form).
function xmlparserGetInputContext(self: PyValue): PyValue {
  const x = P(self);
  if (!x.inCallback) return None;
  const text = x.parser.inputContextText();
  const kind = x.parser.inputKind;
  if (kind === EncKind.LATIN1 || kind === EncKind.ASCII) {
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
    return new PyBytes(out);
  }
  if (kind === EncKind.UTF16LE || kind === EncKind.UTF16BE) {
    const out = new Uint8Array(text.length * 2);
    const le = kind === EncKind.UTF16LE;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 * i + (le ? 0 : 1)] = c & 0xff;
      out[2 * i + (le ? 1 : 0)] = c >> 8;
    }
    return new PyBytes(out);
  }
  return new PyBytes(utf8Encode(text, 'surrogatepass'));
}

/** CPython: pyexpat_xmlparser_ExternalEntityParserCreate_impl */
function xmlparserExternalEntityParserCreate(self: PyValue, context: PyValue, encoding: PyValue | undefined): PyValue {
  const x = P(self);
  if (context !== None && !isStrValue(context)) {
    throw typeError(`ExternalEntityParserCreate() argument 1 must be str or None, not ${typeFullName(typeOf(context))}`);
  }
  let enc: string | null = null;
  if (encoding !== undefined) {
    if (!isStrValue(encoding)) throw typeError(`ExternalEntityParserCreate() argument 2 must be str, not ${typeFullName(typeOf(encoding))}`);
    enc = strValue(encoding);
  }
  const engine = x.parser.createChild(context === None ? null : strValue(context), enc);
  const child = newParser(enc, x.parser.nsSep, x.intern, engine);
  child.bufferSize = x.bufferSize;
  child.buffer = x.buffer === null ? null : [];
  child.orderedAttributes = x.orderedAttributes;
  child.specifiedAttributes = x.specifiedAttributes;
  child.nsPrefixes = x.nsPrefixes;
  for (const h of HANDLERS) {
    const v = x.handlers.get(h);
    if (v !== undefined) setHandler(child, h, v);
  }
  if (context === None) engine.markParamEntityRead();
  return child;
}

function xmlparserSetParamEntityParsing(self: PyValue, flag: PyValue): number {
  const n = Number(PyNumber_Index(flag));
  const p = P(self).parser;
  if (p.status !== 0) return 0;
  if (n < 0 || n > 2) return 0;
  p.paramEntityParsing = n;
  return 1;
}

/** CPython: pyexpat_xmlparser_UseForeignDTD_impl */
function xmlparserUseForeignDTD(self: PyValue, flag: PyValue | undefined): PyValue {
  const x = P(self);
  const on = flag === undefined ? true : PyObject_IsTrue(flag);
  if (x.parser.status !== 0) {
    x.parser.errLine = x.parser.currentLine;
    x.parser.errCol = x.parser.currentColumn;
    raiseError(x, XE.CANT_CHANGE_FEATURE_ONCE_PARSING);
  }
  x.parser.useForeignDtd = on;
  return None;
}

function xmlparserSetReparseDeferralEnabled(self: PyValue, enabled: PyValue): PyValue {
  P(self).parser.reparseDeferral = PyObject_IsTrue(enabled);
  return None;
}

function xmlparserGetReparseDeferralEnabled(self: PyValue): boolean {
  return P(self).parser.reparseDeferral;
}

/** CPython: set_activation_threshold (the unsigned_long_long converter, then the root-parser check) */
function setActivationThreshold(self: PyValue, threshold: PyValue): PyValue {
  return activationThreshold(self, threshold, false);
}

function setBlapActivationThreshold(self: PyValue, threshold: PyValue): PyValue {
  return activationThreshold(self, threshold, true);
}

function activationThreshold(self: PyValue, threshold: PyValue, blap: boolean): PyValue {
  if (!isIntValue(threshold)) throw typeError(`'${typeFullName(typeOf(threshold))}' object cannot be interpreted as an integer`);
  const n = BigInt(PyNumber_Index(threshold));
  if (n < 0n) throw valueError('value must be positive');
  if (n > 0xffffffffffffffffn) throw overflowError('int too big to convert');
  const x = P(self);
  if (x.parser.parentParser !== null) invalidArgument(x, 'parser must be a root parser');
  // Differs from CPython: the allocation tracker's limits are checked but not enforced.
  if (blap) x.parser.blapThreshold = Number(n);
  return None;
}

/** CPython: set_maximum_amplification */
function setMaximumAmplification(self: PyValue, maxFactor: PyValue): PyValue {
  return maximumAmplification(self, maxFactor, false);
}

function setBlapMaximumAmplification(self: PyValue, maxFactor: PyValue): PyValue {
  return maximumAmplification(self, maxFactor, true);
}

function maximumAmplification(self: PyValue, maxFactor: PyValue, blap: boolean): PyValue {
  if (isStrValue(maxFactor) || maxFactor === None) throw typeError(`must be real number, not ${typeFullName(typeOf(maxFactor))}`);
  const f = PyNumber_Float(maxFactor);
  const x = P(self);
  if (Number.isNaN(f) || Math.fround(f) < 1.0) invalidArgument(x, "'max_factor' must be at least 1.0");
  if (x.parser.parentParser !== null) invalidArgument(x, 'parser must be a root parser');
  if (blap) x.parser.blapMaxAmplification = Math.fround(f);
  return None;
}

/** CPython: set_invalid_arg */
function invalidArgument(x: PyXmlParser, message: string): never {
  x.parser.errLine = x.parser.currentLine;
  x.parser.errCol = x.parser.currentColumn;
  raiseError(x, XE.INVALID_ARGUMENT, message);
}

// ---- attributes ----

function boolSetter(field: 'orderedAttributes' | 'specifiedAttributes'): (self: never, v: PyValue | null) => void {
  return (self: never, v: PyValue | null) => {
    if (v === null) throw runtimeError('Cannot delete attribute');
    P(self)[field] = PyObject_IsTrue(v);
  };
}

function setBufferText(self: PyValue, v: PyValue | null): void {
  if (v === null) throw runtimeError('Cannot delete attribute');
  const x = P(self);
  if (PyObject_IsTrue(v)) {
    if (x.buffer === null) {
      x.buffer = [];
      x.bufferUsed = 0;
    }
  } else if (x.buffer !== null) {
    flushCharacterBuffer(x);
    x.buffer = null;
  }
}

function setBufferSize(self: PyValue, v: PyValue | null): void {
  if (v === null) throw runtimeError('Cannot delete attribute');
  const x = P(self);
  if (!isIntValue(v)) throw typeError('buffer_size must be an integer');
  const n = Number(PyNumber_Index(v));
  if (n <= 0) throw valueError('buffer_size must be greater than zero');
  if (n === x.bufferSize) return;
  if (n > 2147483647) throw valueError('buffer_size must not be greater than 2147483647');
  if (x.buffer !== null) {
    if (x.bufferUsed !== 0) flushCharacterBuffer(x);
  }
  x.buffer = [];
  x.bufferUsed = 0;
  x.bufferSize = n;
}

function setNamespacePrefixes(self: PyValue, v: PyValue | null): void {
  if (v === null) throw runtimeError('Cannot delete attribute');
  const x = P(self);
  x.nsPrefixes = PyObject_IsTrue(v);
  x.parser.returnNsTriplet = x.nsPrefixes;
}

function handlerGetSet(): Record<string, { get: (s: never) => PyValue; set: (s: never, v: PyValue | null) => void }> {
  const out: Record<string, { get: (s: never) => PyValue; set: (s: never, v: PyValue | null) => void }> = {};
  for (const h of HANDLERS) {
    out[h] = {
      get: (s: never) => P(s).handlers.get(h) ?? None,
      set: (s: never, v: PyValue | null) => {
        if (v === null) throw runtimeError('Cannot delete attribute');
        const x = P(s);
        if (h === 'CharacterDataHandler') flushCharacterBuffer(x);
        setHandler(x, h, v);
      },
    };
  }
  return out;
}

const ERROR_GETTERS = {
  ErrorCode: { get: (s: never) => P(s).parser.errorCode as number },
  ErrorLineNumber: { get: (s: never) => (P(s).parser.errorCode ? P(s).parser.errLine : P(s).parser.currentLine) },
  ErrorColumnNumber: { get: (s: never) => (P(s).parser.errorCode ? P(s).parser.errCol : P(s).parser.currentColumn) },
  ErrorByteIndex: { get: (s: never) => (P(s).parser.errorCode ? P(s).parser.errByte : P(s).parser.currentByteIndex) },
  CurrentLineNumber: { get: (s: never) => P(s).parser.currentLine },
  CurrentColumnNumber: { get: (s: never) => P(s).parser.currentColumn },
  CurrentByteIndex: { get: (s: never) => P(s).parser.currentByteIndex },
};

export const XmlParserType = defineBuiltinType({
  name: 'pyexpat.xmlparser',
  doc: 'XML parser',
  flags: TPFLAGS.HAVE_GC | TPFLAGS.DISALLOW_INSTANTIATION,
  instanceClass: PyXmlParser,
  methods: {
    Parse: {
      sig: '($self, data, isfinal=False, /)',
      impl: xmlparserParse,
      doc: 'Parse XML data.\n\n\'isfinal\' should be true at end of input.',
    },
    ParseFile: { sig: '($self, file, /)', impl: xmlparserParseFile, doc: 'Parse XML data from file-like object.' },
    SetBase: { sig: '($self, base, /)', impl: xmlparserSetBase, doc: 'Set the base URL for the parser.' },
    GetBase: { sig: '($self, /)', impl: xmlparserGetBase, doc: 'Return base URL string for the parser.' },
    GetInputContext: {
      sig: '($self, /)',
      impl: xmlparserGetInputContext,
      doc: 'Return the untranslated text of the input that caused the current event.',
    },
    ExternalEntityParserCreate: {
      sig: '($self, context, encoding=<unrepresentable>, /)',
      impl: xmlparserExternalEntityParserCreate,
      doc: 'Create a parser for parsing an external entity based on the information passed to the ExternalEntityRefHandler.',
    },
    SetParamEntityParsing: {
      sig: '($self, flag, /)',
      impl: xmlparserSetParamEntityParsing,
      doc: 'Controls parsing of parameter entities (including the external DTD subset).',
    },
    UseForeignDTD: {
      sig: '($self, flag=True, /)',
      impl: xmlparserUseForeignDTD,
      doc: 'Allows the application to provide an artificial external subset if one is not specified as part of the document instance.',
    },
    SetReparseDeferralEnabled: {
      sig: '($self, enabled, /)',
      impl: xmlparserSetReparseDeferralEnabled,
      doc: 'Enable/Disable reparse deferral; enabled by default with Expat >=2.6.0.',
    },
    GetReparseDeferralEnabled: {
      sig: '($self, /)',
      impl: xmlparserGetReparseDeferralEnabled,
      doc: 'Retrieve reparse deferral enabled status; always returns false with Expat <2.6.0.',
    },
    SetBillionLaughsAttackProtectionActivationThreshold: {
      sig: '($self, threshold, /)',
      impl: setBlapActivationThreshold,
      doc: 'Sets the number of output bytes needed to activate protection against billion laughs attacks.',
    },
    SetBillionLaughsAttackProtectionMaximumAmplification: {
      sig: '($self, max_factor, /)',
      impl: setBlapMaximumAmplification,
      doc: 'Sets the maximum tolerated amplification factor for protection against billion laughs attacks.',
    },
    SetAllocTrackerActivationThreshold: {
      sig: '($self, threshold, /)',
      impl: setActivationThreshold,
      doc: 'Sets the number of allocated bytes of dynamic memory needed to activate protection against disproportionate use of RAM.',
    },
    SetAllocTrackerMaximumAmplification: {
      sig: '($self, max_factor, /)',
      impl: setMaximumAmplification,
      doc: 'Sets the maximum amplification factor between direct input and bytes of dynamic memory allocated.',
    },
  },
  members: {
    intern: { get: (s: never) => P(s).intern ?? None },
  },
  getset: {
    ...ERROR_GETTERS,
    buffer_text: { get: (s: never) => P(s).buffer !== null, set: setBufferText },
    buffer_size: { get: (s: never) => P(s).bufferSize, set: setBufferSize },
    buffer_used: { get: (s: never) => P(s).bufferUsed },
    namespace_prefixes: { get: (s: never) => P(s).nsPrefixes, set: setNamespacePrefixes },
    ordered_attributes: { get: (s: never) => P(s).orderedAttributes, set: boolSetter('orderedAttributes') },
    specified_attributes: { get: (s: never) => P(s).specifiedAttributes, set: boolSetter('specifiedAttributes') },
    ...handlerGetSet(),
  },
});

// ---- module functions ----

function strArg(fname: string, n: number, v: PyValue): string | null {
  if (v === None) return null;
  if (!isStrValue(v)) throw typeError(`${fname}() argument '${n === 1 ? 'encoding' : 'namespace_separator'}' must be str or None, not ${typeFullName(typeOf(v))}`);
  return strValue(v);
}

/** CPython: pyexpat_ParserCreate_impl */
function parserCreate(_m: PyValue, encoding: PyValue, namespaceSeparator: PyValue, internArg: PyValue | undefined): PyValue {
  const enc = strArg('ParserCreate', 1, encoding);
  const sep = strArg('ParserCreate', 2, namespaceSeparator);
  if (sep !== null && utf8Length(sep) > 1) throw valueError('namespace_separator must be at most one character, omitted, or None');
  let d: PyDict | null;
  if (internArg === None) d = null;
  else if (internArg === undefined) d = new PyDict();
  else if (internArg instanceof PyDict) d = internArg;
  else throw typeError('intern must be a dictionary');
  return newParser(enc, sep, d);
}

function errorStringFn(_m: PyValue, code: PyValue): PyValue {
  const n = Number(PyNumber_Index(code));
  return strOrNone(errorString(n));
}

const CTYPES: [string, number][] = [
  ['XML_CTYPE_EMPTY', 1],
  ['XML_CTYPE_ANY', 2],
  ['XML_CTYPE_MIXED', 3],
  ['XML_CTYPE_NAME', 4],
  ['XML_CTYPE_CHOICE', 5],
  ['XML_CTYPE_SEQ', 6],
  ['XML_CQUANT_NONE', 0],
  ['XML_CQUANT_OPT', 1],
  ['XML_CQUANT_REP', 2],
  ['XML_CQUANT_PLUS', 3],
];

function makeSubmodules(m: PyModule): { errors: PyModule; model: PyModule } {
  const errors = new PyModule('pyexpat.errors', 'Constants used to describe error conditions.');
  const codes = new PyDict();
  const messages = new PyDict();
  ERRORS.forEach(([name, msg], i) => {
    errors.ob_dict.setStr(name, msg);
    codes.set(msg, i + 1);
    messages.set(i + 1, msg);
  });
  errors.ob_dict.setStr('codes', codes);
  errors.ob_dict.setStr('messages', messages);
  const model = new PyModule('pyexpat.model', 'Constants used to interpret content model information.');
  for (const [name, v] of CTYPES) model.ob_dict.setStr(name, v);
  const modules = interp().modules;
  modules.setStr('pyexpat.errors', errors);
  modules.setStr('pyexpat.model', model);
  void m;
  return { errors, model };
}

export const pyexpatModule = defineModule({
  name: 'pyexpat',
  doc: 'Python wrapper for Expat parser.',
  functions: {
    ParserCreate: {
      sig: '($module, /, encoding=None, namespace_separator=None, intern=<unrepresentable>)',
      impl: parserCreate,
      doc: 'Return a new XML parser object.',
    },
    ErrorString: { sig: '($module, code, /)', impl: errorStringFn, doc: 'Returns string error for given number.' },
  },
  constants: (m) => {
    const error = newExceptionClass('xml.parsers.expat', 'ExpatError', PyExc_Exception);
    state = { error };
    const { errors, model } = makeSubmodules(m);
    const features = new PyList([
      new PyTuple(['sizeof(XML_Char)', 1]),
      new PyTuple(['sizeof(XML_LChar)', 1]),
      new PyTuple(['XML_DTD', 0]),
      new PyTuple(['XML_CONTEXT_BYTES', 1024]),
      new PyTuple(['XML_NS', 0]),
      new PyTuple(['XML_BLAP_MAX_AMP', 100]),
      new PyTuple(['XML_BLAP_ACT_THRES', 8388608]),
      new PyTuple(['XML_GE', 0]),
      new PyTuple(['XML_AT_MAX_AMP', 100]),
      new PyTuple(['XML_AT_ACT_THRES', 67108864]),
    ]);
    return {
      XMLParserType: XmlParserType,
      ExpatError: error,
      error,
      errors,
      model,
      EXPAT_VERSION: `expat_${EXPAT_VERSION.join('.')}`,
      version_info: new PyTuple(EXPAT_VERSION),
      native_encoding: 'UTF-8',
      features,
      XML_PARAM_ENTITY_PARSING_NEVER: 0,
      XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE: 1,
      XML_PARAM_ENTITY_PARSING_ALWAYS: 2,
      expat_CAPI: new PyCapsule('pyexpat.expat_CAPI'),
    };
  },
});

