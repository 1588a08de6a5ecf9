#!/usr/bin/env node
// The pyts command. The code lives in dist/ (built by `npm run build`, which `npm ci` runs).
import '../dist/pyts.mjs';
