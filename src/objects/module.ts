// Module objects.  CPython: Objects/moduleobject.c
import { None, PyObject, type PyValue } from './object.ts';
import { PyType, TPFLAGS, typeOf, _PyType_Lookup } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { PyDict } from './dict.ts';
import { PyObject_GenericGetAttr } from './generic-attr.ts';
import { PyObject_Call, PyObject_Repr, PyObject_GetAttr, PyObject_LookupAttr, PyObject_IsTrue } from './abstract.ts';
import { attributeErrorFor, typeError, exceptionMatches, newException, PyExc_AttributeError } from './exceptions.ts';
import { isStrValue, strValue } from './boxes.ts';
import { newHeapInstance } from './heap.ts';
import { PyList } from './list.ts';

export class PyModule extends PyObject {
  ob_dict: PyDict;
  /** A null name leaves the dict empty: module.__new__ without __init__ (CPython: new_module_notrack). */
  constructor(name: string | null, doc: PyValue = None) {
    super();
    this.ob_dict = new PyDict();
    if (name !== null) initModuleDict(this.ob_dict, name, doc);
  }
}

function initModuleDict(d: PyDict, name: PyValue, doc: PyValue): void {
  d.setStr('__name__', name);
  d.setStr('__doc__', doc);
  d.setStr('__package__', None);
  d.setStr('__loader__', None);
  d.setStr('__spec__', None);
}

/** getattr(module, name): the dict, then the module's __getattr__ (PEP 562).  CPython: _Py_module_getattro_impl */
function moduleGetattro(self: PyValue, name: string, suppress: boolean): PyValue | undefined {
  const r = PyObject_GenericGetAttr(self, name, true);
  if (r !== undefined) return r;
  const m = self as PyModule;
  const getattr = m.ob_dict.getStr('__getattr__');
  if (getattr !== undefined) {
    if (!suppress) return PyObject_Call(getattr, [name], null);
    try {
      return PyObject_Call(getattr, [name], null);
    } catch (e) {
      if (e instanceof PyObject && exceptionMatches(e, PyExc_AttributeError)) return undefined;
      throw e;
    }
  }
  if (suppress) return undefined;
  if (attrErrorHook !== null) throw attrErrorHook(self, name, m.ob_dict);
  const modName = m.ob_dict.getStr('__name__');
  if (modName === undefined || !isStrValue(modName)) throw attributeErrorFor(self, name, `module has no attribute '${name}'`);
  throw attributeErrorFor(self, name, `module '${strValue(modName)}' has no attribute '${name}'`);
}

/** The import system's AttributeError for a missing attribute (circular imports, shadowing: runtime/import.ts). */
let attrErrorHook: ((m: PyValue, name: string, d: PyDict) => PyValue) | null = null;

export function setModuleAttrErrorHook(f: (m: PyValue, name: string, d: PyDict) => PyValue): void {
  attrErrorHook = f;
}

/** importlib._bootstrap._module_repr of the current interpreter, once its import system is up (runtime/import.ts sets it). */
let importlibRepr: ((m: PyValue) => string | null) | null = null;

export function setModuleReprHook(f: (m: PyValue) => string | null): void {
  importlibRepr = f;
}

/** repr(module): importlib's _module_repr, as CPython; the plain form before importlib runs.  CPython: module_repr */
function moduleRepr(self: PyValue): string {
  if (importlibRepr !== null) {
    const r = importlibRepr(self);
    if (r !== null) return r;
  }
  const m = self as PyModule;
  const name = m.ob_dict.getStr('__name__');
  const n = name !== undefined && isStrValue(name) ? `'${strValue(name)}'` : '?';
  const file = m.ob_dict.getStr('__file__');
  if (file !== undefined && isStrValue(file)) return `<module ${n} from ${PyObject_Repr(file)}>`;
  return `<module ${n}>`;
}

function moduleNew(type: PyType): PyValue {
  return type === ModuleType ? new PyModule(null) : newHeapInstance(PyModule, type, null);
}

function moduleInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const nkw = kwnames?.length ?? 0;
  const nargs = args.length - nkw;
  let name: PyValue | undefined = nargs > 0 ? args[0] : undefined;
  let doc: PyValue = nargs > 1 ? args[1] : None;
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] === 'name') name = args[nargs + i];
    else if (kwnames![i] === 'doc') doc = args[nargs + i];
    else throw typeError(`module() got an unexpected keyword argument '${kwnames![i]}'`);
  }
  if (name === undefined) throw typeError("module() missing required argument 'name' (pos 1)");
  if (!isStrValue(name)) throw typeError(`module() argument 'name' must be str, not ${typeOf(name).tp_name}`);
  initModuleDict((self as PyModule).ob_dict, name, doc);
}

// ---- PEP 649: a module's __annotate__ and __annotations__ live in its dict ----

/** CPython: module_get_annotate */
function moduleGetAnnotate(m: PyModule): PyValue {
  const annotate = m.ob_dict.getStr('__annotate__');
  if (annotate !== undefined) return annotate;
  m.ob_dict.setStr('__annotate__', None);
  return None;
}

/** CPython: module_set_annotate */
function moduleSetAnnotate(m: PyModule, v: PyValue | null): void {
  if (v === null) throw typeError('cannot delete __annotate__ attribute');
  if (v !== None && typeOf(v).tp_call === null) throw typeError('__annotate__ must be callable or None');
  m.ob_dict.setStr('__annotate__', v);
  if (v !== None) m.ob_dict.delete('__annotations__');
}

/** spec._initializing is true while the module's code runs.  CPython: _PyModuleSpec_IsInitializing */
function specIsInitializing(spec: PyValue): boolean {
  const v = PyObject_LookupAttr(spec, '_initializing');
  return v !== undefined && PyObject_IsTrue(v);
}

/**
 * The dict's __annotations__, else __annotate__(VALUE) (or {}), kept in the dict unless the module
 * is still being imported (its annotations may not all be defined yet).  CPython: module_get_annotations
 */
function moduleGetAnnotations(m: PyModule): PyValue {
  const dict = m.ob_dict;
  const found = dict.getStr('__annotations__');
  if (found !== undefined) return found;
  const spec = dict.getStr('__spec__');
  const initializing = spec !== undefined && specIsInitializing(spec);
  const annotate = dict.getStr('__annotate__');
  let annotations: PyValue;
  if (annotate !== undefined && typeOf(annotate).tp_call !== null) {
    annotations = PyObject_Call(annotate, [1], null);
    if (!(annotations instanceof PyDict)) throw typeError(`__annotate__ returned non-dict of type '${typeOf(annotations).tp_name}'`);
  } else annotations = new PyDict();
  if (!initializing) dict.setStr('__annotations__', annotations);
  return annotations;
}

/** CPython: module_set_annotations */
function moduleSetAnnotations(m: PyModule, v: PyValue | null): void {
  const dict = m.ob_dict;
  if (v !== null) dict.setStr('__annotations__', v);
  else if (!dict.delete('__annotations__')) throw newException(PyExc_AttributeError, ['__annotations__']);
  dict.delete('__annotate__');
}

export const ModuleType = defineBuiltinType({
  name: 'module',
  textSignature: '(name, doc=None)',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyModule,
  instanceHasDict: true,
  weakrefable: true,
  alloc: (t) => moduleNew(t) as PyModule,
  slots: { tp_getattro: moduleGetattro, tp_repr: moduleRepr, tp_new: moduleNew, tp_init: moduleInit },
  methods: {
    __dir__: { sig: '($self, /)', impl: moduleDir, doc: '__dir__() -> list\nspecialized dir() implementation' },
  },
  members: { __dict__: { get: (m: PyModule) => m.ob_dict } },
  getset: {
    __annotations__: { get: moduleGetAnnotations, set: moduleSetAnnotations },
    __annotate__: { get: moduleGetAnnotate, set: moduleSetAnnotate },
  },
});

/** module.__dir__: the module's __dict__['__dir__']() when it has one, else its keys.  CPython: module_dir */
function moduleDir(self: PyValue): PyValue {
  const d = PyObject_GetAttr(self, '__dict__');
  if (!(d instanceof PyDict)) throw typeError('<module>.__dict__ is not a dictionary');
  const f = d.getStr('__dir__');
  if (f !== undefined) return PyObject_Call(f, [], null);
  const out: PyValue[] = [];
  for (let i = d.next(0); i >= 0; i = d.next(i + 1)) out.push(d.keys[i]);
  return new PyList(out);
}

void _PyType_Lookup;
