// The integer constants of the _socket module on Linux (address families, socket types, protocol
// numbers, socket options, getaddrinfo flags and errors...).  The oracle runs on Emscripten, whose
// values differ, so they come from the machine's 64-bit Linux python3 (the kernel's and glibc's
// values, which CPython 3.14 exposes under the same names).
// Writes tools/cpython/socket-linux.json and src/modules/socket-linux.generated.ts.
import { spawnSync } from 'node:child_process';
import { registerGolden } from './registry.ts';
import { generatedHeader, readJson, writeJson } from './io.ts';

const DATA = 'tools/cpython/socket-linux.json';
const OUT = 'src/modules/socket-linux.generated.ts';

const PROGRAM = String.raw`
import _socket, json
print(json.dumps(sorted([n, v] for n, v in vars(_socket).items() if n.isupper() and type(v) is int)))
`;

function render(): Record<string, string> {
  const d = readJson<[string, number][]>(DATA);
  const lines: string[] = [generatedHeader('tools/gen/socket-linux.ts').replace('from CPython 3.14.2', "from Linux's python3 (kernel and glibc values)")];
  lines.push('/** _socket constants: [name, value]. */');
  lines.push('export const SOCKET_CONSTANTS: readonly (readonly [string, number])[] = [');
  for (const [n, v] of d) lines.push(`  [${JSON.stringify(n)}, ${v}],`);
  lines.push('];');
  return { [OUT]: lines.join('\n') + '\n' };
}

registerGolden({
  name: 'socket-linux',
  async query() {
    const r = spawnSync('python3', ['-c', PROGRAM], { encoding: 'utf8', cwd: '/' });
    if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
    writeJson(DATA, JSON.parse(r.stdout));
  },
  render,
});
