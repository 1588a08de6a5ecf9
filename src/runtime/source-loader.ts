// SourceFileLoader.get_code in TypeScript: importlib's own get_code (SourceLoader.get_code) reads
// and validates the .pyc, or compiles the source and writes the .pyc.  Run by pyts's VM, its Python
// version costs more than the loading itself, so pyts installs this native one on SourceFileLoader
// (exactly that class: subclasses, -v, -O, sys.pycache_prefix and hash-based .pycs keep
// importlib's).  The differences in behaviour: the standard library's compiled code is written to
// the code cache even under -B or PYTHONDONTWRITEBYTECODE, since CPython's stdlib comes precompiled
// and pyts's compiles on first use; and it is kept there as JSON (NAME.pyts-314.json beside where
// the .pyc would be), which pyts reads faster than marshal data.  CPython: Lib/importlib/_bootstrap_external.py SourceLoader.get_code
import { None, type PyValue } from '../objects/object.ts';
import { PyCode } from '../objects/code.ts';
import { PyMethodDescr } from '../objects/descrobject.ts';
import { PyObject_GetAttr, PyObject_SetAttr, PyObject_CallMethod, PyObject_Call, PyObject_IsTrue } from '../objects/abstract.ts';
import { PyBytes } from '../objects/bytes.ts';
import { typeOf, type PyType } from '../objects/type.ts';
import * as E from '../objects/exceptions.ts';
import type { Interpreter } from '../vm/interpreter.ts';
import { interp } from '../vm/interpreter.ts';
import { HostError } from './host.ts';
import { compileSource } from './exec.ts';
import { pycHeader, pycBody } from './pyc.ts';
import { dumps, loads } from '../modules/marshal.ts';
import { STDLIB_ZIP_PATH } from './stdlib-path.ts';
import { codeFromJson, codeToJson, CodeJsonError } from './code-json.ts';
import { toPyException } from '../vm/ops/exc.ts';

const CACHE_TAG = 'pyts-314';

/** __pycache__/NAME.pyts-314.pyc beside the source, as cache_from_source() makes it (no prefix, no optimization). */
function cacheFromSource(path: string): string {
  const slash = path.lastIndexOf('/');
  const head = slash < 0 ? '' : path.slice(0, slash);
  const tail = path.slice(slash + 1);
  const dot = tail.lastIndexOf('.');
  const base = dot < 0 ? tail : tail.slice(0, dot);
  const rest = dot < 0 ? '' : tail.slice(dot + 1);
  const almost = dot < 0 ? `${rest}${CACHE_TAG}` : `${base || rest}.${CACHE_TAG}`;
  const file = `${almost}.pyc`;
  return head === '' ? `__pycache__/${file}` : `${head}/__pycache__/${file}`;
}

/** Whether importlib's own get_code must run: anything but the plain configuration. */
function needsImportlib(ip: Interpreter, self: PyValue, loaderType: PyValue): boolean {
  if (typeOf(self) !== loaderType) return true;
  const sys = ip.sys.ob_dict;
  if (sys.getStr('pycache_prefix') !== None) return true;
  const impl = sys.getStr('implementation');
  if (impl === undefined || PyObject_GetAttr(impl, 'cache_tag') !== CACHE_TAG) return true;
  const flags = sys.getStr('flags');
  if (flags !== undefined && (PyObject_GetAttr(flags, 'verbose') !== 0 || PyObject_GetAttr(flags, 'optimize') !== 0)) return true;
  return false;
}

/** Replaces SourceFileLoader.get_code with the native one.  `external` is _frozen_importlib_external. */
export function installSourceLoader(ip: Interpreter, external: PyValue): void {
  const loaderType = PyObject_GetAttr(external, 'SourceFileLoader') as PyType;
  const original = PyObject_GetAttr(PyObject_GetAttr(external, 'SourceLoader'), 'get_code');
  const getCode = (self: PyValue, fullname: PyValue): PyValue => {
    const ip = interp();
    if (needsImportlib(ip, self, loaderType)) return PyObject_Call(original, [self, fullname]);
    const sourcePath = PyObject_CallMethod(self, 'get_filename', [fullname]);
    if (typeof sourcePath !== 'string') return PyObject_Call(original, [self, fullname]);
    const bytecodePath = cacheFromSource(sourcePath);
    const host = ip.host;
    let mtime: number | null = null;
    let size = 0;
    try {
      const st = host.stat(sourcePath, true);
      mtime = Number(st.mtimeNs / 1000000000n);
      size = st.size;
    } catch (e) {
      if (!(e instanceof HostError)) throw e;
    }
    const stdlib = sourcePath.startsWith(STDLIB_ZIP_PATH + '/');
    // The standard library's code is cached as JSON, quicker to read than marshal (runtime/code-json.ts).
    const jsonPath = stdlib ? bytecodePath.slice(0, -4) + '.json' : null;
    if (mtime !== null && jsonPath !== null) {
      const data = host.readFile(jsonPath);
      const code = data === null ? null : codeFromJson(new TextDecoder().decode(data), [mtime, size]);
      if (code !== null) {
        fixFilename(code, sourcePath);
        return code;
      }
    } else if (mtime !== null) {
      const data = host.readFile(bytecodePath);
      if (data !== null) {
        if (data.length >= 8 && (data[4] | data[5] | data[6] | data[7]) !== 0) {
          // A hash-based .pyc: importlib's rules.
          return PyObject_Call(original, [self, fullname]);
        }
        const body = pycBody(data, mtime, size);
        if (body !== null) {
          try {
            const code = loads(body);
            if (code instanceof PyCode) {
              fixFilename(code, sourcePath);
              return code;
            }
          } catch {
            // compile the source instead
          }
        }
      }
    }
    const source = PyObject_CallMethod(self, 'get_data', [sourcePath]);
    const code = compileSource(source instanceof PyBytes ? source.data : (source as unknown as Uint8Array), sourcePath, 'exec');
    if (mtime !== null && jsonPath !== null) {
      let text: Uint8Array | null = null;
      try {
        text = new TextEncoder().encode(codeToJson(code, [mtime, size]));
      } catch (e) {
        if (!(e instanceof CodeJsonError)) throw e;
      }
      if (text !== null) cacheBytecode(self, sourcePath, jsonPath, text);
    } else if (mtime !== null && !PyObject_IsTrue(ip.sys.ob_dict.getStr('dont_write_bytecode') ?? false)) {
      const body = dumps(code);
      const header = pycHeader(mtime, size);
      const data = new Uint8Array(header.length + body.length);
      data.set(header);
      data.set(body, header.length);
      cacheBytecode(self, sourcePath, bytecodePath, data);
    }
    return code;
  };
  const descr = new PyMethodDescr(loaderType, 'get_code', '($self, fullname, /)', getCode, 'Concrete implementation of InspectLoader.get_code.');
  PyObject_SetAttr(loaderType, 'get_code', descr);
}

/** loader._cache_bytecode(source_path, cache_path, data), which writes the file atomically. */
function cacheBytecode(loader: PyValue, sourcePath: string, cachePath: string, data: Uint8Array): void {
  try {
    PyObject_CallMethod(loader, '_cache_bytecode', [sourcePath, cachePath, new PyBytes(data)]);
  } catch (e) {
    if (!E.exceptionMatches(toPyException(e), E.PyExc_NotImplementedError)) throw e;
  }
}

/** co_filename of the code and its nested code set to the source's path.  CPython: _imp._fix_co_filename */
function fixFilename(code: PyCode, path: string): void {
  const old = code.co_filename;
  if (old === path) return;
  const fix = (c: PyCode): void => {
    if (c.co_filename !== old) return;
    (c as { co_filename: string }).co_filename = path;
    for (const k of c.co_consts.items) if (k instanceof PyCode) fix(k);
  };
  fix(code);
}
