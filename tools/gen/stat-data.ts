// The _stat module's constants as CPython 3.14.2 defines them (S_IF*, S_I*, UF_*, SF_*, FILE_ATTRIBUTE_*,
// IO_REPARSE_TAG_*): the file-type and permission bits are POSIX's, the flags CPython's own values.
// Writes tools/cpython/stat-data.json and src/modules/stat.generated.ts.
import { registerGolden } from './registry.ts';
import { generatedHeader, readJson, writeJson } from './io.ts';

const DATA = 'tools/cpython/stat-data.json';
const OUT = 'src/modules/stat.generated.ts';

const CODE = `
import _stat
def main(arg):
    return {'constants': sorted([k, v] for k, v in vars(_stat).items() if isinstance(v, int)), 'doc': _stat.__doc__}
`;

interface Data {
  constants: [string, number][];
  doc: string;
}

function render(): Record<string, string> {
  const d = readJson<Data>(DATA);
  const lines = [generatedHeader('tools/gen/stat-data.ts')];
  lines.push('/** The integer constants of _stat, by name. */');
  lines.push('export const STAT_CONSTANTS: readonly [string, number][] = [');
  for (const [k, v] of d.constants) lines.push(`  [${JSON.stringify(k)}, ${v}],`);
  lines.push('];');
  lines.push('');
  lines.push(`export const STAT_DOC = ${JSON.stringify(d.doc)};`);
  return { [OUT]: lines.join('\n') + '\n' };
}

registerGolden({
  name: 'stat-data',
  async query(oracle) {
    writeJson(DATA, await oracle.call<Data>(CODE, null));
  },
  render,
});
