#!/usr/bin/env node
// The pyts command. The code lives in dist/ (built by `npm run build`, which `npm ci` runs).
//
// No on-stack replacement: the evaluation loop is one large function that re-enters itself every
// few thousand instructions (src/vm/ceval.ts, runFrames slices), so a long-running program moves to
// V8's optimized loop at the next slice; OSR would compile the loop a second time for nothing.
import v8 from 'node:v8';
v8.setFlagsFromString('--no-use-osr');
await import('../dist/pyts.mjs');
