// The __doc__ of CPython 3.14.2's builtin types (int.__doc__, object.__doc__, type(len).__doc__...),
// which help() and programs that print __doc__ see; a builtin type spec's own `doc` describes the type
// for readers of pyts's source and stands in only where CPython has no entry here.
// Writes tools/cpython/type-docs.json and src/objects/type-docs.generated.ts.
import { registerGolden } from './registry.ts';
import { generatedHeader, readJson, writeJson } from './io.ts';

const DATA = 'tools/cpython/type-docs.json';
const OUT = 'src/objects/type-docs.generated.ts';

/** tp_name ('int', 'types.SimpleNamespace') -> __doc__ */
type Data = Record<string, string | null>;

// The static (non-heap) types of builtins and types, and the internal types of common objects,
// keyed as their tp_name: the qualified name, with the module unless it is builtins.  (A type without
// a docstring of its own shows its instances' __doc__ descriptor: those are left out.)
const CODE = `
import builtins, types
def main(arg):
    out = {}
    def add(t):
        if t.__flags__ & (1 << 9):
            return
        mod = t.__module__
        key = t.__qualname__ if mod == 'builtins' else mod + '.' + t.__qualname__
        doc = t.__doc__
        if doc is None or isinstance(doc, str):
            out.setdefault(key, doc)
    for m in (builtins, types):
        for v in vars(m).values():
            if isinstance(v, type):
                add(v)
    def gen():
        yield
    async def coro():
        pass
    async def agen():
        yield
    c = coro()
    samples = [iter([]), iter(()), iter(''), iter('\\xe9'), iter(b''), iter(bytearray()), iter(range(1)), iter(range(2**70)),
               reversed([]), reversed(range(1)), iter({}), iter({}.values()), iter({}.items()), reversed({}), {}.keys(),
               {}.values(), {}.items(), iter(set()), iter(lambda: 0, 1), iter(type('S', (), {'__getitem__': lambda s, i: i})()),
               gen(), c, agen(), c.__await__(), [].append, list.append, object.__init__, (1).__add__, int.from_bytes,
               type.__dict__['__dict__'], types.FunctionType.__globals__, super(int, 1), zip(), map(len, ()), filter(None, ()),
               enumerate(()), NotImplemented, ..., None, memoryview(b''), slice(1), range(1), property(), staticmethod(len),
               classmethod(len), (lambda: 0).__code__, types.CellType(), types.SimpleNamespace(), int | str, list[int]]
    c.close()
    for s in samples:
        add(type(s))
    return out
`;

function render(): Record<string, string> {
  const d = readJson<Data>(DATA);
  const lines = [generatedHeader('tools/gen/type-docs.ts')];
  lines.push("/** A builtin type's tp_name -> CPython's __doc__ of that type. */");
  lines.push('export const TYPE_DOCS: Record<string, string | null> = {');
  for (const name of Object.keys(d).sort()) lines.push(`  ${JSON.stringify(name)}: ${JSON.stringify(d[name])},`);
  lines.push('};');
  return { [OUT]: lines.join('\n') + '\n' };
}

registerGolden({
  name: 'type-docs',
  async query(oracle) {
    writeJson(DATA, await oracle.call<Data>(CODE, null));
  },
  render,
});
