#!/usr/bin/env node
// The pyts command without the start-up snapshot (bin/pyts falls back to it).  dist/pyts.cjs
// (src/cli/loader.ts, built by `npm run build`, which `npm ci` runs) sets V8's flags and runs the
// command line, dist/pyts-main.cjs, with V8's code cache.
import { createRequire } from 'node:module';

createRequire(import.meta.url)('../dist/pyts.cjs');
