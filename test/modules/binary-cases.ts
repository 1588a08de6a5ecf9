// The binary-data modules' test programs (test/modules/binary/NAME.py) and their goldens
// (test/modules/binary/goldens/NAME.json, from tools/gen/modules-binary.ts).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../support/known.ts';

export const BINARY_CASES_DIR = 'test/modules/binary';

export interface CaseGolden {
  stdout: string;
  stderr: string;
  status: number;
  by: string;
}

export function listBinaryCases(): string[] {
  return fs
    .readdirSync(path.join(ROOT, BINARY_CASES_DIR))
    .filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3))
    .sort();
}

export function virtualPathOf(name: string): string {
  return `/pyts-test/modules/${name}.py`;
}
