// The docstrings and text signatures of the native modules' functions, as CPython 3.14.2 has them
// (help(), inspect.signature() and programs that print __doc__ see them).  The oracle is an
// Emscripten build, which lacks some functions (time.sleep, most of posix): those come from the
// machine's CPython ($PYTS_DOCS_PYTHON, else python3.13 when there is one, else python3), merged in
// where the oracle has no entry (whole modules, for those it lacks: pwd, grp).
// Writes tools/cpython/module-docs.json and src/modules/docs.generated.ts.
import { spawnSync } from 'node:child_process';
import { registerGolden } from './registry.ts';
import { generatedHeader, readJson, writeJson } from './io.ts';

const DATA = 'tools/cpython/module-docs.json';
const OUT = 'src/modules/docs.generated.ts';

/** module name -> [module __doc__, {function name: [__doc__, __text_signature__]}] */
type Data = Record<string, [string | null, Record<string, [string | null, string | null]>]>;

const MODULES = ['builtins', 'sys', 'time', 'gc', 'atexit', 'errno', '_thread', '_weakref', '_signal', '_imp', 'posix', '_io', '_warnings', '_abc', '_heapq', '_bisect', '_random', '_struct', 'array', '_opcode', '_operator', '_functools', '_locale', 'pwd', 'grp', '_statistics', '_tracemalloc'];

const CODE = `
import importlib, types, json, sys
def main(names):
    out = {}
    for name in names:
        try:
            m = importlib.import_module(name)
        except ImportError:
            continue
        fs = {}
        for k in sorted(vars(m)):
            v = getattr(m, k)
            if isinstance(v, types.BuiltinFunctionType):
                fs[k] = [v.__doc__, v.__text_signature__]
        out[name] = [m.__doc__, fs]
    return out
if __name__ == '__main__':
    print(json.dumps(main(sys.argv[1:])))
`;

/** The same facts from the machine's CPython, for what the Emscripten oracle lacks. */
function fallback(): Data | null {
  for (const exe of [process.env.PYTS_DOCS_PYTHON ?? 'python3.13', 'python3']) {
    const r = spawnSync(exe, ['-c', CODE, ...MODULES], { encoding: 'utf8' });
    if (r.status === 0) return JSON.parse(r.stdout) as Data;
  }
  return null;
}

function render(): Record<string, string> {
  const d = readJson<Data>(DATA);
  const lines = [generatedHeader('tools/gen/module-docs.ts')];
  lines.push('/** module -> [__doc__, {function: [__doc__, __text_signature__]}] */');
  lines.push('export const MODULE_DOCS: Record<string, [string | null, Record<string, [string | null, string | null]>]> = {');
  for (const [name, [doc, fs]] of Object.entries(d)) {
    lines.push(`  ${JSON.stringify(name)}: [`);
    lines.push(`    ${JSON.stringify(doc)},`);
    lines.push('    {');
    for (const [f, [fdoc, sig]] of Object.entries(fs)) lines.push(`      ${JSON.stringify(f)}: [${JSON.stringify(fdoc)}, ${JSON.stringify(sig)}],`);
    lines.push('    },');
    lines.push('  ],');
  }
  lines.push('};');
  return { [OUT]: lines.join('\n') + '\n' };
}

registerGolden({
  name: 'module-docs',
  async query(oracle) {
    const data = await oracle.call<Data>(CODE, MODULES);
    const extra = fallback();
    if (extra !== null) {
      for (const [mod, [, fs]] of Object.entries(extra)) {
        const mine = data[mod]?.[1];
        if (mine === undefined) {
          // A module the oracle lacks (pwd, grp): all of it from the machine's CPython.
          data[mod] = extra[mod];
          continue;
        }
        for (const [name, entry] of Object.entries(fs)) if (!(name in mine)) mine[name] = entry;
      }
    }
    writeJson(DATA, data);
  },
  render,
});
