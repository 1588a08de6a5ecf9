// The differences between CPython's table-driven CJK codecs and the tables pyts derives from the
// WHATWG decoders (src/modules/cjkcodecs/tables.ts): CPython's answer for every double-byte code and
// every BMP code point is compared with the prediction, and only the differences are stored.
// Writes tools/cpython/cjk-fixups.json and src/modules/cjkcodecs/fixups.generated.ts.
import { registerGolden } from './registry.ts';
import { generatedHeader, readJson, writeJson } from './io.ts';
import { DBCS_SPECS, predictTables, type TableFixups } from '../../src/modules/cjkcodecs/tables.ts';

const DATA = 'tools/cpython/cjk-fixups.json';
const OUT = 'src/modules/cjkcodecs/fixups.generated.ts';

const CODE = `
def main(arg):
    codec, prefix = arg
    prefix = bytes(prefix)
    def dec(b):
        try:
            s = b.decode(codec)
        except UnicodeDecodeError as e:
            return -3 if 'incomplete' in e.reason else -1
        return ord(s) if len(s) == 1 else -1
    single = [dec(bytes([b])) for b in range(0x80, 0x100)]
    grid = [dec(bytes([l, t])) for l in range(0x80, 0x100) for t in range(0x40, 0x100)]
    grid3 = [dec(prefix + bytes([l, t])) for l in range(0x80, 0x100) for t in range(0x40, 0x100)] if prefix else []
    enc = []
    for cp in range(0x80, 0x10000):
        if 0xd800 <= cp < 0xe000:
            enc.append(-1)
            continue
        try:
            b = chr(cp).encode(codec)
        except UnicodeEncodeError:
            enc.append(-1)
            continue
        enc.append(int.from_bytes(b, 'big') if len(b) <= 3 else -4)
    return {'single': single, 'grid': grid, 'grid3': grid3, 'enc': enc}
`;

interface Answer {
  single: number[];
  grid: number[];
  grid3: number[];
  enc: number[];
}

function diffGrid(pred: Int32Array, grid: number[], out: number[]): void {
  for (let i = 0; i < grid.length; i++) {
    const code = ((0x80 + Math.floor(i / 0xc0)) << 8) | (0x40 + (i % 0xc0));
    const want = grid[i] < 0 ? -1 : grid[i];
    if (pred[code] !== want) out.push(code, want);
  }
  // Codes outside the compared grid must be undefined.
  for (let code = 0; code < 0x10000; code++) {
    if ((code >> 8) < 0x80 || (code & 0xff) < 0x40) if (pred[code] !== -1) out.push(code, -1);
  }
}

registerGolden({
  name: 'cjk-fixups',
  async query(oracle) {
    const all: Record<string, TableFixups> = {};
    for (const [codec, spec] of Object.entries(DBCS_SPECS)) {
      const prefix = spec.prefixed === null ? [] : [spec.prefixed.prefix];
      const a = await oracle.call<Answer>(CODE, [codec, prefix], 600_000);
      const single = a.single;
      const pred = predictTables(spec.main, spec.prefixed, single);
      const dec2: number[] = [];
      const dec3: number[] = [];
      const enc: number[] = [];
      diffGrid(pred.dec2, a.grid, dec2);
      if (pred.dec3 !== null) diffGrid(pred.dec3, a.grid3, dec3);
      for (let i = 0; i < a.enc.length; i++) {
        const cp = 0x80 + i;
        // Four-byte GB18030 codes come from the four-byte table, not from enc.
        const want = a.enc[i] === -4 ? -1 : a.enc[i];
        if (pred.enc[cp] !== want) enc.push(cp, want);
      }
      all[codec] = { single, dec2, dec3, enc };
      console.log(`cjk-fixups: ${codec}: dec2 ${dec2.length / 2}, dec3 ${dec3.length / 2}, enc ${enc.length / 2}`);
    }
    writeJson(DATA, all);
  },
  render() {
    const d = readJson<Record<string, TableFixups>>(DATA);
    const lines = [generatedHeader('tools/gen/cjk-fixups.ts')];
    lines.push("import type { TableFixups } from './tables.ts';");
    lines.push('');
    lines.push('/** Where CPython differs from the WHATWG-derived tables: [index, value] pairs; -1 is undefined. */');
    lines.push('export const FIXUPS: { readonly [codec: string]: TableFixups } = {');
    for (const [codec, f] of Object.entries(d)) {
      lines.push(`  ${codec}: {`);
      for (const k of ['single', 'dec2', 'dec3', 'enc'] as const) lines.push(`    ${k}: [${f[k].join(',')}],`);
      lines.push('  },');
    }
    lines.push('};');
    return { [OUT]: lines.join('\n') + '\n' };
  },
});
