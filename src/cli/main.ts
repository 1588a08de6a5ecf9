// The pyts command line.  CPython: Modules/main.c
import { main } from './run.ts';
import { takeLauncherEnv } from './launcher-env.ts';
import { skipJitWarmUp } from '../runtime/jit-warmup.ts';

skipJitWarmUp();

const launcher = takeLauncherEnv();
const status = main(process.argv.slice(2), { script: launcher });
// Everything is written by now (synchronously).  Ending the process here spares the wait Node would
// otherwise make for V8's background compilations of the functions this run made hot (hundreds of
// milliseconds on a loaded machine) before exiting.  'exit' listeners still run.
process.exit(status);
