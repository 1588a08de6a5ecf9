// The __doc__ of CPython 3.14.2's builtin types (int.__doc__, object.__doc__, type(len).__doc__...)
// and of their methods and descriptors (int.bit_count.__doc__, complex.real.__doc__...), which
// help(), doctest and programs that print __doc__ see; a builtin type spec's own `doc` texts describe
// the type for readers of pyts's source and stand in only where CPython has no entry here.
// Writes tools/cpython/type-docs.json and src/objects/type-docs.generated.ts.
import { registerGolden } from './registry.ts';
import { generatedHeader, readJson, writeJson } from './io.ts';

const DATA = 'tools/cpython/type-docs.json';
const OUT = 'src/objects/type-docs.generated.ts';

/**
 * types: tp_name ('int', 'types.SimpleNamespace') -> __doc__; members: 'tp_name.attribute' -> __doc__
 * of the type's own method descriptors, class and static methods, getset and member descriptors.
 */
interface Data {
  types: Record<string, string | null>;
  members: Record<string, string | null>;
}

// The static (non-heap) types of builtins and types, and the internal types of common objects,
// keyed as their tp_name: the qualified name, with the module unless it is builtins.  (A type without
// a docstring of its own shows its instances' __doc__ descriptor: those are left out.)
const CODE = `
import builtins, types
def main(arg):
    out = {}
    members = {}
    kinds = ('method_descriptor', 'classmethod_descriptor', 'builtin_function_or_method', 'getset_descriptor', 'member_descriptor')
    def add(t):
        if t.__flags__ & (1 << 9):
            return
        mod = t.__module__
        key = t.__qualname__ if mod == 'builtins' else mod + '.' + t.__qualname__
        doc = t.__doc__
        if doc is None or isinstance(doc, str):
            out.setdefault(key, doc)
        for name, v in vars(t).items():
            if isinstance(v, (staticmethod, classmethod)):
                v = v.__func__
            if type(v).__name__ in kinds and (v.__doc__ is None or isinstance(v.__doc__, str)):
                members.setdefault(key + '.' + name, v.__doc__)
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
    return {'types': out, 'members': members}
`;

function render(): Record<string, string> {
  const d = readJson<Data>(DATA);
  const lines = [generatedHeader('tools/gen/type-docs.ts')];
  lines.push("/** A builtin type's tp_name -> CPython's __doc__ of that type. */");
  lines.push('export const TYPE_DOCS: Record<string, string | null> = {');
  for (const name of Object.keys(d.types).sort()) lines.push(`  ${JSON.stringify(name)}: ${JSON.stringify(d.types[name])},`);
  lines.push('};');
  lines.push('');
  lines.push("/** 'tp_name.attribute' -> CPython's __doc__ of a builtin type's method or descriptor. */");
  lines.push('export const MEMBER_DOCS: Record<string, string | null> = {');
  for (const name of Object.keys(d.members).sort()) lines.push(`  ${JSON.stringify(name)}: ${JSON.stringify(d.members[name])},`);
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
