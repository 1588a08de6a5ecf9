// The __text_signature__ and __doc__ of CPython 3.14.2's slot wrappers (int.__add__, object.__init__,
// (1).__add__...), one entry per dunder name: CPython takes both from its slotdefs table, so they
// are the same on every type.  Writes tools/cpython/slot-docs.json and src/objects/slot-docs.generated.ts.
import { registerGolden } from './registry.ts';
import { generatedHeader, readJson, writeJson } from './io.ts';

const DATA = 'tools/cpython/slot-docs.json';
const OUT = 'src/objects/slot-docs.generated.ts';

/** dunder name -> [__text_signature__, __doc__] */
type Data = Record<string, [string | null, string | null]>;

const CODE = `
import builtins, types
def main(arg):
    out = {}
    wrapper = type(object.__init__)
    for m in (builtins, types):
        for t in vars(m).values():
            if not isinstance(t, type):
                continue
            for k, v in vars(t).items():
                if type(v) is wrapper and k not in out:
                    out[k] = [v.__text_signature__, v.__doc__]
    return out
`;

function render(): Record<string, string> {
  const d = readJson<Data>(DATA);
  const lines = [generatedHeader('tools/gen/slot-docs.ts')];
  lines.push('/** A slot wrapper\'s name -> [CPython\'s __text_signature__, __doc__] of that wrapper. */');
  lines.push('export const SLOT_DOCS: Record<string, [string | null, string | null]> = {');
  for (const name of Object.keys(d).sort()) lines.push(`  ${JSON.stringify(name)}: ${JSON.stringify(d[name])},`);
  lines.push('};');
  return { [OUT]: lines.join('\n') + '\n' };
}

registerGolden({
  name: 'slot-docs',
  async query(oracle) {
    writeJson(DATA, await oracle.call<Data>(CODE, null));
  },
  render,
});
