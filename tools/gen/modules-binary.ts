// Goldens of the binary-data modules' tests (test/modules/binary/*.py: hashes, hmac, binascii, zlib,
// _csv): each program run by CPython 3.14.2 (the oracle) as `python3.14 /pyts-test/modules/NAME.py`,
// or by the machine's python3 when it starts with `# oracle: python3` (pbkdf2_hmac, which the
// Emscripten oracle lacks). Writes test/modules/binary/goldens/NAME.json.
//   npm run goldens -- modules-binary            all of them
//   CASES=zlib npm run goldens -- modules-binary  only names containing "zlib"
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { registerGolden } from './registry.ts';
import { rootPath } from './io.ts';
import { BINARY_CASES_DIR, listBinaryCases, virtualPathOf, type CaseGolden } from '../../test/modules/binary-cases.ts';

function runPython3(name: string, source: string): CaseGolden {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pyts-binary-'));
  const file = path.join(tmp, name + '.py');
  fs.writeFileSync(file, source);
  const r = spawnSync('python3', [file], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' }, timeout: 120_000 });
  fs.rmSync(tmp, { recursive: true, force: true });
  const fix = (s: string) => s.split(file).join(virtualPathOf(name));
  return { stdout: fix(r.stdout), stderr: fix(r.stderr), status: r.status ?? 1, by: 'python3' };
}

registerGolden({
  name: 'modules-binary',
  async query(oracle) {
    const filter = process.env.CASES;
    const names = listBinaryCases().filter((n) => !filter || n.includes(filter));
    await Promise.all(
      names.map(async (name) => {
        const source = fs.readFileSync(rootPath(BINARY_CASES_DIR, name + '.py'), 'utf8');
        const g: CaseGolden = source.startsWith('# oracle: python3')
          ? runPython3(name, source)
          : { ...(await oracle.run({ path: virtualPathOf(name), source }, 300_000)), by: 'oracle' };
        const out = rootPath(BINARY_CASES_DIR, 'goldens', name + '.json');
        fs.mkdirSync(path.dirname(out), { recursive: true });
        fs.writeFileSync(out, JSON.stringify(g, null, 1) + '\n');
      }),
    );
  },
});
