// The C layout figures of types: __basicsize__, __itemsize__, __weakrefoffset__, __dictoffset__.
// CPython: tp_basicsize, tp_itemsize, tp_weaklistoffset, tp_dictoffset (type_members in Objects/typeobject.c)
//
// pyts objects have no C layout, but programs read these numbers (to compare sizes, to tell a
// variable-sized type, to see whether instances have a __dict__ or weak references), so each builtin type
// reports what a 64-bit CPython 3.14 reports.  The oracle is a 32-bit build whose figures are about
// half of these: the choice of 64 bits matches the rest of pyts (sys.maxsize, hash width), and comparisons
// between sizes come out the same on both.
//
// The table was measured on a 64-bit CPython 3.13 and checked type by type against the 32-bit oracle
// (3.14.2): where the two disagree beyond the word size, the figure comes from 3.14's structs, which grew:
//   tuple: ob_hash cache (32, 8); SyntaxError and subclasses: metadata (144); generator, coroutine,
//   async_generator (152) and frame (152): the 3.14 _PyInterpreterFrame; code: _co_unique_id (208);
//   function: func_annotate (152); map: strict (40); type: tp_versions_used and ht_token (936);
//   typing.Union (56); _asyncio.Future (112) and Task (168), from 3.14's FutureObj/TaskObj on 64 bits
//   (the oracle's 32-bit 60 and 88).
// Types missing from it (the struct sequences, most _io classes) report their base's figures, as CPython
// does for a type that leaves tp_basicsize at 0.
// The table also holds each type's __flags__ as CPython reports them (bits pyts does not model, as
// HAVE_GC and _Py_TPFLAGS_STATIC_BUILTIN, included); tp_flags itself stays pyts's. The native types
// CPython makes from specs report Py_TPFLAGS_HEAPTYPE (heap-types.generated.ts).
//
// Python classes follow type_new_descriptors: the base's size plus one pointer per __slots__ name, the
// base's item size, and a __dict__ or __weakref__ the class adds itself is "managed" (-1, and -32: 64-bit
// MANAGED_WEAKREF_OFFSET), otherwise the offsets are inherited.
import type { PyType } from './type.ts';
import { TPFLAGS } from './type.ts';
import { HEAP_TYPE_NAMES } from './heap-types.generated.ts';

type Sizes = readonly [basicsize: number, itemsize: number, weaklistoffset: number, dictoffset: number, flags: number];

const SIZES: Record<string, Sizes> = {
  "ArithmeticError": [72, 0, 0, 16, 1073763586],
  "AssertionError": [72, 0, 0, 16, 1073763586],
  "AttributeError": [88, 0, 0, 16, 1073763586],
  "BaseException": [72, 0, 0, 16, 1073763586],
  "BaseExceptionGroup": [88, 0, 0, 16, 1073763586],
  "ExceptionGroup": [88, 0, -32, 16, 1073763848],
  "BlockingIOError": [112, 0, 0, 16, 1073763586],
  "BrokenPipeError": [112, 0, 0, 16, 1073763586],
  "BufferError": [72, 0, 0, 16, 1073763586],
  "BytesWarning": [72, 0, 0, 16, 1073763586],
  "ChildProcessError": [112, 0, 0, 16, 1073763586],
  "ConnectionAbortedError": [112, 0, 0, 16, 1073763586],
  "ConnectionError": [112, 0, 0, 16, 1073763586],
  "ConnectionRefusedError": [112, 0, 0, 16, 1073763586],
  "ConnectionResetError": [112, 0, 0, 16, 1073763586],
  "DeprecationWarning": [72, 0, 0, 16, 1073763586],
  "EOFError": [72, 0, 0, 16, 1073763586],
  "EncodingWarning": [72, 0, 0, 16, 1073763586],
  "Exception": [72, 0, 0, 16, 1073763586],
  "FileExistsError": [112, 0, 0, 16, 1073763586],
  "FileNotFoundError": [112, 0, 0, 16, 1073763586],
  "FloatingPointError": [72, 0, 0, 16, 1073763586],
  "FutureWarning": [72, 0, 0, 16, 1073763586],
  "GeneratorExit": [72, 0, 0, 16, 1073763586],
  "ImportError": [104, 0, 0, 16, 1073763586],
  "ImportWarning": [72, 0, 0, 16, 1073763586],
  "IndentationError": [144, 0, 0, 16, 1073763586],
  "IndexError": [72, 0, 0, 16, 1073763586],
  "InterruptedError": [112, 0, 0, 16, 1073763586],
  "IsADirectoryError": [112, 0, 0, 16, 1073763586],
  "KeyError": [72, 0, 0, 16, 1073763586],
  "KeyboardInterrupt": [72, 0, 0, 16, 1073763586],
  "LookupError": [72, 0, 0, 16, 1073763586],
  "MemoryError": [72, 0, 0, 16, 1073763586],
  "ModuleNotFoundError": [104, 0, 0, 16, 1073763586],
  "NameError": [80, 0, 0, 16, 1073763586],
  "NoneType": [16, 0, 0, 0, 4354],
  "NotADirectoryError": [112, 0, 0, 16, 1073763586],
  "NotImplementedError": [72, 0, 0, 16, 1073763586],
  "NotImplementedType": [16, 0, 0, 0, 4354],
  "OSError": [112, 0, 0, 16, 1073763586],
  "OverflowError": [72, 0, 0, 16, 1073763586],
  "PendingDeprecationWarning": [72, 0, 0, 16, 1073763586],
  "PermissionError": [112, 0, 0, 16, 1073763586],
  "ProcessLookupError": [112, 0, 0, 16, 1073763586],
  "PythonFinalizationError": [72, 0, 0, 16, 1073763586],
  "RecursionError": [72, 0, 0, 16, 1073763586],
  "ReferenceError": [72, 0, 0, 16, 1073763586],
  "ResourceWarning": [72, 0, 0, 16, 1073763586],
  "RuntimeError": [72, 0, 0, 16, 1073763586],
  "RuntimeWarning": [72, 0, 0, 16, 1073763586],
  "StopAsyncIteration": [72, 0, 0, 16, 1073763586],
  "StopIteration": [80, 0, 0, 16, 1073763586],
  "SyntaxError": [144, 0, 0, 16, 1073763586],
  "SyntaxWarning": [72, 0, 0, 16, 1073763586],
  "SystemError": [72, 0, 0, 16, 1073763586],
  "SystemExit": [80, 0, 0, 16, 1073763586],
  "TabError": [144, 0, 0, 16, 1073763586],
  "TimeoutError": [112, 0, 0, 16, 1073763586],
  "TypeError": [72, 0, 0, 16, 1073763586],
  "UnboundLocalError": [80, 0, 0, 16, 1073763586],
  "UnicodeDecodeError": [112, 0, 0, 16, 1073763586],
  "UnicodeEncodeError": [112, 0, 0, 16, 1073763586],
  "UnicodeError": [72, 0, 0, 16, 1073763586],
  "UnicodeTranslateError": [112, 0, 0, 16, 1073763586],
  "UnicodeWarning": [72, 0, 0, 16, 1073763586],
  "UserWarning": [72, 0, 0, 16, 1073763586],
  "ValueError": [72, 0, 0, 16, 1073763586],
  "Warning": [72, 0, 0, 16, 1073763586],
  "ZeroDivisionError": [72, 0, 0, 16, 1073763586],
  "_IncompleteInputError": [144, 0, 0, 16, 1073763586],
  "_asyncio.Future": [112, 0, -32, -1, 22300],
  "_asyncio.Task": [168, 0, -32, -1, 22300],
  "_io.BufferedRWPair": [48, 0, 40, 32, 22272],
  "_io.BytesIO": [64, 0, 48, 40, 22272],
  "_io._BufferedIOBase": [32, 0, 24, 16, 22272],
  "_io._IOBase": [32, 0, 24, 16, 22272],
  "_io._RawIOBase": [32, 0, 24, 16, 22272],
  "_io._TextIOBase": [32, 0, 24, 16, 22272],
  "_struct.Struct": [56, 0, 48, 0, 22272],
  "array.array": [64, 0, 48, 0, 22304],
  "async_generator": [152, 8, 16, 0, 20866],
  "bool": [24, 4, 0, 0, 20975874],
  "builtin_function_or_method": [56, 0, 40, 0, 22914],
  "bytearray": [56, 0, 0, 0, 4199682],
  "bytearray_iterator": [32, 0, 0, 0, 20866],
  "bytes": [33, 1, 0, 0, 138417410],
  "bytes_iterator": [32, 0, 0, 0, 20866],
  "callable_iterator": [32, 0, 0, 0, 20866],
  "cell": [24, 0, 0, 0, 20738],
  "classmethod": [32, 0, 0, 24, 21762],
  "classmethod_descriptor": [56, 0, 0, 0, 20866],
  "code": [208, 2, 144, 0, 4354],
  "collections.OrderedDict": [112, 0, 104, 96, 541087042],
  "collections.defaultdict": [56, 0, 0, 0, 541087552],
  "collections.deque": [216, 0, 208, 0, 22304],
  "complex": [32, 0, 0, 0, 5378],
  "coroutine": [152, 8, 16, 0, 20866],
  "coroutine_wrapper": [24, 0, 0, 0, 20866],
  "dict": [48, 0, 0, 0, 541087042],
  "dict_itemiterator": [56, 0, 0, 0, 20866],
  "dict_items": [24, 0, 0, 0, 20866],
  "dict_keyiterator": [56, 0, 0, 0, 20866],
  "dict_keys": [24, 0, 0, 0, 20866],
  "dict_reversekeyiterator": [56, 0, 0, 0, 20866],
  "dict_valueiterator": [56, 0, 0, 0, 20866],
  "dict_values": [24, 0, 0, 0, 20866],
  "ellipsis": [16, 0, 0, 0, 4354],
  "enumerate": [56, 0, 0, 0, 21762],
  "filter": [32, 0, 0, 0, 21762],
  "float": [24, 0, 0, 0, 4199682],
  "frame": [152, 8, 0, 0, 20866],
  "frozenset": [200, 0, 192, 0, 4216066],
  "function": [152, 0, 96, 88, 153858],
  "generator": [152, 8, 16, 0, 20866],
  "getset_descriptor": [48, 0, 0, 0, 20866],
  "int": [24, 4, 0, 0, 20976898],
  "iterator": [32, 0, 0, 0, 20866],
  "itertools._grouper": [32, 0, 0, 0, 21248],
  "itertools._tee": [48, 0, 32, 0, 21248],
  "itertools.accumulate": [56, 0, 0, 0, 22272],
  "itertools.batched": [40, 0, 0, 0, 22272],
  "itertools.chain": [32, 0, 0, 0, 22272],
  "itertools.combinations": [56, 0, 0, 0, 22272],
  "itertools.combinations_with_replacement": [56, 0, 0, 0, 22272],
  "itertools.compress": [32, 0, 0, 0, 22272],
  "itertools.count": [40, 0, 0, 0, 22272],
  "itertools.cycle": [48, 0, 0, 0, 22272],
  "itertools.dropwhile": [40, 0, 0, 0, 22272],
  "itertools.filterfalse": [32, 0, 0, 0, 22272],
  "itertools.groupby": [72, 0, 0, 0, 22272],
  "itertools.islice": [56, 0, 0, 0, 22272],
  "itertools.pairwise": [40, 0, 0, 0, 22272],
  "itertools.permutations": [64, 0, 0, 0, 22272],
  "itertools.product": [48, 0, 0, 0, 22272],
  "itertools.repeat": [32, 0, 0, 0, 22272],
  "itertools.starmap": [32, 0, 0, 0, 22272],
  "itertools.takewhile": [40, 0, 0, 0, 22272],
  "itertools.zip_longest": [56, 0, 0, 0, 22272],
  "list": [40, 0, 0, 0, 37770530],
  "list_iterator": [32, 0, 0, 0, 20866],
  "list_reverseiterator": [32, 0, 0, 0, 20866],
  "longrange_iterator": [40, 0, 0, 0, 4482],
  "map": [40, 0, 0, 0, 21762],
  "mappingproxy": [24, 0, 0, 0, 20802],
  "member_descriptor": [48, 0, 0, 0, 20866],
  "memoryview": [144, 8, 136, 0, 20770],
  "method": [48, 0, 32, 0, 22786],
  "method-wrapper": [32, 0, 0, 0, 20866],
  "method_descriptor": [56, 0, 0, 0, 153986],
  "module": [56, 0, 40, 16, 21762],
  "object": [16, 0, 0, 0, 5378],
  "operator.attrgetter": [40, 0, 0, 0, 23296],
  "operator.itemgetter": [48, 0, 0, 0, 23296],
  "operator.methodcaller": [64, 0, 0, 0, 23296],
  "property": [64, 0, 0, 0, 21762],
  "range": [48, 0, 0, 0, 4386],
  "range_iterator": [40, 0, 0, 0, 4482],
  "re.Match": [88, 8, 0, 0, 21376],
  "re.Pattern": [96, 4, 64, 0, 21376],
  "reversed": [32, 0, 0, 0, 21762],
  "set": [200, 0, 192, 0, 4216066],
  "set_iterator": [48, 0, 0, 0, 20866],
  "slice": [40, 0, 0, 0, 20738],
  "staticmethod": [32, 0, 0, 24, 21762],
  "str": [64, 0, 0, 0, 272635138],
  "str_ascii_iterator": [32, 0, 0, 0, 20866],
  "str_iterator": [32, 0, 0, 0, 20866],
  "super": [40, 0, 0, 0, 21762],
  "traceback": [40, 0, 0, 0, 20738],
  "tuple": [32, 8, 0, 0, 71324962],
  "tuple_iterator": [32, 0, 0, 0, 20866],
  "type": [936, 40, 368, 264, 2155896066],
  "types.GenericAlias": [64, 0, 40, 0, 23810],
  "types.SimpleNamespace": [24, 0, 0, 16, 21762],
  "typing.Generic": [16, 0, 0, 0, 22016],
  "typing.Union": [56, 0, 48, 0, 20866],
  "weakref.CallableProxyType": [64, 0, 0, 0, 20866],
  "weakref.ProxyType": [64, 0, 0, 0, 20866],
  "weakref.ReferenceType": [64, 0, 0, 0, 23810],
  "wrapper_descriptor": [56, 0, 0, 0, 151938],
  "zip": [48, 0, 0, 0, 21762],
};

/** One pointer, the unit of __slots__ storage.  CPython: sizeof(PyObject *) */
const POINTER = 8;
/** Where a managed weak reference list sits, before the object.  CPython: MANAGED_WEAKREF_OFFSET */
const MANAGED_WEAKREF_OFFSET = -4 * POINTER;
const INLINE_VALUES = 1 << 2;
const LAYOUT_FLAGS = INLINE_VALUES | TPFLAGS.MANAGED_WEAKREF | TPFLAGS.MANAGED_DICT;

const cache = new WeakMap<PyType, Sizes>();

function computeSizes(type: PyType): Sizes {
  const base = type.tp_base;
  if (!(type.tp_flags & TPFLAGS.HEAPTYPE)) {
    const b = base !== null ? typeSizes(base) : SIZES.object;
    const s = SIZES[type.tp_name] ?? [b[0], b[1], b[2], b[3], type.tp_flags >>> 0];
    // A type CPython makes from a spec reports Py_TPFLAGS_HEAPTYPE.
    return HEAP_TYPE_NAMES.has(type.tp_name) ? [s[0], s[1], s[2], s[3], (s[4] | TPFLAGS.HEAPTYPE) >>> 0] : s;
  }
  const b = base !== null ? typeSizes(base) : SIZES.object;
  // Own __slots__ storage: the class's slot count less what its best base already holds.
  const ownSlots = Math.max(0, type.slotCount - (base?.slotCount ?? 0));
  // A __weakref__ is added only over a fixed-size base without one (int and tuple subclasses have none).
  const weak = b[2] === 0 && b[1] === 0 && type.instanceWeakrefable ? MANAGED_WEAKREF_OFFSET : b[2];
  const dict = b[3] === 0 && type.instanceHasDict ? -1 : b[3];
  // The layout flags follow the offsets (and are inherited with them).
  let layout = 0;
  if (weak === MANAGED_WEAKREF_OFFSET) layout |= TPFLAGS.MANAGED_WEAKREF;
  if (dict === -1) layout |= TPFLAGS.MANAGED_DICT | (b[1] === 0 ? INLINE_VALUES : 0);
  return [b[0] + POINTER * ownSlots, b[1], weak, dict, layout];
}

/** __flags__: CPython's for a builtin type; a class's own, with its layout flags, ready and GC-tracked. */
export function typeFlags(type: PyType): number {
  const s = typeSizes(type);
  if (!(type.tp_flags & TPFLAGS.HEAPTYPE)) return s[4];
  return ((type.tp_flags & ~LAYOUT_FLAGS) | s[4] | TPFLAGS.READY | TPFLAGS.HAVE_GC) >>> 0;
}

/** [__basicsize__, __itemsize__, __weakrefoffset__, __dictoffset__, flags] of a type (flags: CPython's __flags__ of a
 *  builtin type, the layout flags of a class). */
/** Whether the table has a builtin type's own figures (not its base's). */
export function hasOwnSizes(type: PyType): boolean {
  return SIZES[type.tp_name] !== undefined;
}

export function typeSizes(type: PyType): Sizes {
  let s = cache.get(type);
  if (s === undefined) {
    s = computeSizes(type);
    cache.set(type, s);
  }
  return s;
}
