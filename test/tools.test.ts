// The generated sources are exactly what the generators render from the stored CPython data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { allGoldens } from '../tools/gen/registry.ts';
import '../tools/gen/all.ts';
import { ROOT } from './support/known.ts';

test('generated sources are up to date (npm run regen)', () => {
  for (const g of allGoldens()) {
    for (const [file, text] of Object.entries(g.render?.() ?? {})) {
      assert.equal(fs.readFileSync(path.join(ROOT, file), 'utf8'), text, `${file} is stale: run npm run regen`);
    }
  }
});
