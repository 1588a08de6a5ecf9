// Goldens of test/modules/datetime-native.test.ts: its cases run by CPython 3.14.2's C _datetime.
//   npm run goldens -- datetime-native
import { registerGolden } from './registry.ts';
import { writeJson } from './io.ts';
import { suiteProgram, type SuiteGolden } from '../../test/modules/support/cases.ts';
import { DATETIME_NATIVE_SUITE } from '../../test/modules/datetime-native-cases.ts';

registerGolden({
  name: 'datetime-native',
  async query(oracle) {
    const r = await oracle.run({ path: '/pyts-test/modules/cases_datetime_native.py', source: suiteProgram(DATETIME_NATIVE_SUITE, false) });
    if (r.status !== 0) throw new Error(`the oracle failed: ${r.stderr}`);
    const out: SuiteGolden = { oracle: r.stdout.split('\n').slice(0, -1), python3: [] };
    writeJson('test/modules/goldens/datetime-native.json', out);
  },
});
