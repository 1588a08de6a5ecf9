// The __doc__ of CPython 3.14.2's builtin types (int.__doc__, object.__doc__, type(len).__doc__...),
// which help() and programs that print __doc__ see; a builtin type spec's own `doc` describes the type
// for readers of pyts's source and stands in only where CPython has no entry here.  The same goes for
// the __doc__ of those types' member and getset descriptors (complex.real, property.fget...).
// Writes tools/cpython/type-docs.json, tools/cpython/descr-docs.json and src/objects/type-docs.generated.ts.
import { registerGolden } from './registry.ts';
import { generatedHeader, readJson, writeJson } from './io.ts';

const DATA = 'tools/cpython/type-docs.json';
const DESCR_DATA = 'tools/cpython/descr-docs.json';
const OUT = 'src/objects/type-docs.generated.ts';

/** tp_name ('int', 'types.SimpleNamespace') -> __doc__ */
type Data = Record<string, string | null>;
/** tp_name -> {attribute name -> __doc__ of its member or getset descriptor} */
type DescrData = Record<string, Record<string, string | null>>;

// The static (non-heap) types of builtins and types, and the internal types of common objects,
// keyed as their tp_name: the qualified name, with the module unless it is builtins.  (A type without
// a docstring of its own shows its instances' __doc__ descriptor: those are left out.)
const CODE = `
import builtins, types
def main(arg):
    out = {}
    descrs = {}
    descr_types = (type(type.__dict__['__dict__']), type(types.FunctionType.__dict__['__globals__']))
    def add(t):
        if t.__flags__ & (1 << 9):
            return
        mod = t.__module__
        key = t.__qualname__ if mod == 'builtins' else mod + '.' + t.__qualname__
        doc = t.__doc__
        if doc is None or isinstance(doc, str):
            out.setdefault(key, doc)
        ds = {k: v.__doc__ for k, v in vars(t).items() if type(v) in descr_types}
        if ds:
            descrs.setdefault(key, ds)
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
    return [out, descrs]
`;

function render(): Record<string, string> {
  const d = readJson<Data>(DATA);
  const lines = [generatedHeader('tools/gen/type-docs.ts')];
  lines.push("/** A builtin type's tp_name -> CPython's __doc__ of that type. */");
  lines.push('export const TYPE_DOCS: Record<string, string | null> = {');
  for (const name of Object.keys(d).sort()) lines.push(`  ${JSON.stringify(name)}: ${JSON.stringify(d[name])},`);
  lines.push('};');
  const dd = readJson<DescrData>(DESCR_DATA);
  lines.push('');
  lines.push("/** A builtin type's tp_name -> {name -> CPython's __doc__ of that member or getset descriptor}. */");
  lines.push('export const DESCR_DOCS: Record<string, Record<string, string | null>> = {');
  for (const name of Object.keys(dd).sort()) {
    lines.push(`  ${JSON.stringify(name)}: {`);
    for (const k of Object.keys(dd[name]).sort()) lines.push(`    ${JSON.stringify(k)}: ${JSON.stringify(dd[name][k])},`);
    lines.push('  },');
  }
  lines.push('};');
  return { [OUT]: lines.join('\n') + '\n' };
}

registerGolden({
  name: 'type-docs',
  async query(oracle) {
    const [types, descrs] = await oracle.call<[Data, DescrData]>(CODE, null);
    writeJson(DATA, types);
    writeJson(DESCR_DATA, descrs);
  },
  render,
});
