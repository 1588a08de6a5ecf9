// Which of CPython 3.14.2's native types are heap types (made from a PyType_Spec, Py_TPFLAGS_HEAPTYPE
// set): their __flags__ say so, and code reads that bit (copyreg's pickling for protocols 0 and 1
// looks for the first non-heap base). pyts's builtin types are all static; type-sizes.ts reports the
// bit for those named here.  Writes tools/cpython/heap-types.json and src/objects/heap-types.generated.ts.
import { registerGolden } from './registry.ts';
import { generatedHeader, readJson, writeJson } from './io.ts';

const DATA = 'tools/cpython/heap-types.json';
const OUT = 'src/objects/heap-types.generated.ts';

// The types the native modules pyts implements export, keyed as tp_name (module.qualname).
const CODE = `
import importlib
MODULES = ['_typing', '_functools', '_io', '_thread', '_decimal', '_random', '_collections', 'itertools', 'operator', '_struct',
           'array', '_datetime', '_json', '_csv', '_sre', '_hashlib', '_blake2', '_sha2', '_md5', '_sha1', '_sha3', 'select', '_socket',
           'zlib', 'unicodedata', '_contextvars', '_bisect', '_heapq', '_string', '_weakref', 'time', 'math', 'cmath', '_codecs',
           '_signal', 'posix', 'atexit', '_abc', '_operator', '_stat', '_tokenize', '_opcode', '_warnings', 'gc', 'sys', 'builtins',
           'errno', 'binascii', 'resource', 'marshal', '_types', '_locale', '_posixsubprocess', '_asyncio', '_pickle']
def main(arg):
    out = set()
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ImportError:
            continue
        for v in list(vars(mod).values()):
            if isinstance(v, type) and v.__flags__ & (1 << 9) and not v.__module__.startswith('__'):
                out.add(v.__module__ + '.' + v.__qualname__)
    return sorted(out)
`;

function render(): Record<string, string> {
  const names = readJson<string[]>(DATA);
  const lines = [generatedHeader('tools/gen/heap-types.ts')];
  lines.push("/** tp_names of the native types CPython makes as heap types (Py_TPFLAGS_HEAPTYPE in __flags__). */");
  lines.push('export const HEAP_TYPE_NAMES: ReadonlySet<string> = new Set([');
  for (const n of names) lines.push(`  ${JSON.stringify(n)},`);
  lines.push(']);');
  return { [OUT]: lines.join('\n') + '\n' };
}

registerGolden({
  name: 'heap-types',
  async query(oracle) {
    writeJson(DATA, await oracle.call<string[]>(CODE, null));
  },
  render,
});
