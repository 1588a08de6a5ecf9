// Builds dist/ (the CLI and the embedding API) with esbuild. Type checking is `npm run typecheck`.
import { build } from 'esbuild';

export const COMMON = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  // PYTS_STATS=1 builds count executed instructions (src/vm/eval-breaker.ts opcodeCounts); otherwise
  // the counting code is a constant-false branch the bundler drops.
  define: { 'globalThis.PYTS_STATS': process.env.PYTS_STATS === '1' ? 'true' : 'false' },
  // Lets bundled code use require() for Node built-ins when a dependency needs it.
  banner: { js: "import { createRequire as __pytsCreateRequire } from 'node:module'; const require = __pytsCreateRequire(import.meta.url);" },
};

export async function buildDist() {
  await build({
    ...COMMON,
    entryPoints: { pyts: 'src/cli/main.ts', index: 'src/api/index.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildDist();
}
