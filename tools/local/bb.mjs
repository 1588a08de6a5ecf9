import { build } from 'esbuild';
import { COMMON } from '../build.mjs';
await build({ ...COMMON, entryPoints: ['bench/run.ts'], outfile: 'build/bench/run.mjs' });
