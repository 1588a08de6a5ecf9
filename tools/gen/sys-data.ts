// Facts the sys module exposes as data, from CPython 3.14.2: sys.stdlib_module_names and
// sys.copyright.  Writes tools/cpython/sys-data.json and src/modules/sys-data.generated.ts.
import { registerGolden } from './registry.ts';
import { generatedHeader, readJson, writeJson } from './io.ts';

const DATA = 'tools/cpython/sys-data.json';
const OUT = 'src/modules/sys-data.generated.ts';

interface Data {
  stdlibModuleNames: string[];
  copyright: string;
}

const CODE = `
import sys
def main(arg):
    return {'stdlibModuleNames': sorted(sys.stdlib_module_names), 'copyright': sys.copyright}
`;

function render(): Record<string, string> {
  const d = readJson<Data>(DATA);
  const lines = [generatedHeader('tools/gen/sys-data.ts')];
  lines.push('/** sys.stdlib_module_names */');
  lines.push(`export const STDLIB_MODULE_NAMES: readonly string[] = ${JSON.stringify(d.stdlibModuleNames)};`);
  lines.push('');
  lines.push('/** sys.copyright */');
  lines.push(`export const COPYRIGHT = ${JSON.stringify(d.copyright)};`);
  return { [OUT]: lines.join('\n') + '\n' };
}

registerGolden({
  name: 'sys-data',
  async query(oracle) {
    writeJson(DATA, await oracle.call<Data>(CODE, null));
  },
  render,
});
