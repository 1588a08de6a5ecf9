// The command line as a V8 start-up snapshot (dist/pyts.snapshot, which bin/pyts starts Node with).
// `node --snapshot-blob dist/pyts.snapshot --build-snapshot dist/pyts-snapshot.cjs` (tools/build.mjs)
// runs this file's top level: the interpreter is made as far as it can be before the process that
// will use it exists (runtime/snapshot.ts), and Node saves the heap.  Each `node --snapshot-blob
// dist/pyts.snapshot -- ARGS` restores that heap instead of loading and starting pyts, and calls the
// function given to setDeserializeMainFunction, which runs the command line as dist/pyts.cjs (src/cli/loader.ts) would.
import v8 from 'node:v8';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from './run.ts';
import { takeLauncherEnv } from './launcher-env.ts';
import { NodeHost } from '../runtime/node-host.ts';
import { createInterpreter } from '../runtime/run.ts';
import { prepareSnapshotInterpreter, resumeSnapshotInterpreter, describeSnapshot } from '../runtime/snapshot.ts';

/** sys.executable of the processes bin/pyts starts (site looks for a venv next to it). */
function launcherPath(): string {
  const launcher = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'pyts');
  try {
    return fs.realpathSync(launcher);
  } catch {
    return launcher;
  }
}

const host = new NodeHost();
const prepared = prepareSnapshotInterpreter(host, { executable: launcherPath() });
if (process.env.PYTS_DEBUG_SNAPSHOT === '1') process.stderr.write(`${describeSnapshot()}\n`);
let resumed = false;

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // As src/cli/loader.ts (no on-stack replacement, feedback vectors at once, the loop left unoptimized).  Flags set while the
  // snapshot was built would be part of it, and Node refuses a snapshot whose flags differ from the
  // running process's.
  v8.setFlagsFromString('--no-use-osr');
  v8.setFlagsFromString('--no-lazy-feedback-allocation');
  v8.setFlagsFromString('--turbo-filter=-runFrames*');
  const launcher = takeLauncherEnv();
  const status = main(process.argv.slice(1), {
    // Started without bin/pyts (node --snapshot-blob ...): process.argv[1] is the first argument, not a script.
    script: launcher ?? launcherPath(),
    createInterpreter(h, argv, path0, config) {
      if (!resumed) {
        resumed = true;
        const ip = resumeSnapshotInterpreter(prepared, host, { argv, path0, ...config });
        if (ip !== null) return ip;
      }
      return createInterpreter(h, argv, path0, config);
    },
  });
  // As cli/main.ts: everything is written; V8's background compilations are not waited for.
  process.exit(status);
});
