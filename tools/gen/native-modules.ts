// Goldens of test/modules/native.test.ts: every suite of test/modules/*-cases.ts run by CPython 3.14.2
// (the oracle) and, for the cases marked python3 (native C sizes), by the machine's 64-bit python3.
//   npm run goldens -- native-modules
//   SUITES=random,struct npm run goldens -- native-modules     only these suites
//   SUITE=name npm run goldens -- native-modules    one suite
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { registerGolden } from './registry.ts';
import { writeJson } from './io.ts';
import { suiteCodes, suiteProgram, type SuiteGolden } from '../../test/modules/support/cases.ts';
import { SUITES } from '../../test/modules/support/suites.ts';

function python3Lines(src: string): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyts-native-'));
  const file = path.join(dir, 'suite.py');
  fs.writeFileSync(file, src);
  const r = spawnSync('python3', [file], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' }, timeout: 120_000 });
  fs.rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  return r.stdout.split('\n').slice(0, -1);
}

registerGolden({
  name: 'native-modules',
  async query(oracle) {
    for (const suite of SUITES) {
      if (process.env.SUITE && suite.name !== process.env.SUITE) continue;
      const out: SuiteGolden = { oracle: [], python3: [] };
      if (suiteCodes(suite, false).length > 0) {
        const r = await oracle.run({ path: `/pyts-test/modules/cases_${suite.name}.py`, source: suiteProgram(suite, false) });
        if (r.status !== 0) throw new Error(`${suite.name}: the oracle failed: ${r.stderr}`);
        out.oracle = r.stdout.split('\n').slice(0, -1);
      }
      if (suiteCodes(suite, true).length > 0) out.python3 = python3Lines(suiteProgram(suite, true));
      writeJson(`test/modules/goldens/${suite.name}.json`, out);
    }
  },
});
