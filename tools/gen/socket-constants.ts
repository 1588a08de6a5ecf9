// The integer constants of the _socket module on Linux (address families, socket types, protocol
// numbers, socket options, getaddrinfo flags and errors...): src/modules/_socket/constants.generated.ts.
// The oracle runs on Emscripten, whose constants differ from Linux's, so they come from this machine:
// the names and values the Linux python3 (3.11) exposes, and for the names CPython 3.14's
// Modules/socketmodule.c adds since (ADD_INT_MACRO/ADD_INT_CONST), the values of the Linux and glibc
// headers, found by compiling a C program with gcc (names the headers lack are left out, as a CPython
// built on this machine would leave them out).  Run again when the C sources or headers change.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { registerGolden } from './registry.ts';
import { generatedHeader, readJson, writeJson } from './io.ts';

const DATA = 'tools/cpython/socket-constants.json';
const OUT = 'src/modules/_socket/constants.generated.ts';
const SOURCE = '/work/cpython-3.14/Modules/socketmodule.c';

const PROGRAM = String.raw`
import _socket, json
print(json.dumps(sorted([n, v] for n, v in vars(_socket).items() if n.isupper() and type(v) is int)))
`;

const HEADERS = [
  'sys/socket.h', 'sys/un.h', 'netinet/in.h', 'netinet/tcp.h', 'netinet/udp.h', 'arpa/inet.h', 'netdb.h', 'net/if.h',
  'linux/netlink.h', 'linux/if_packet.h', 'linux/if_ether.h', 'linux/can.h', 'linux/can/raw.h', 'linux/can/bcm.h',
  'linux/can/isotp.h', 'linux/can/j1939.h', 'linux/tipc.h', 'linux/vm_sockets.h', 'linux/if_alg.h', 'linux/rds.h',
  'linux/qrtr.h', 'linux/netfilter_ipv4.h',
];

function query(): [string, number][] {
  const r = spawnSync('python3', ['-c', PROGRAM], { encoding: 'utf8', cwd: '/' });
  if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
  const have = new Map<string, number>(JSON.parse(r.stdout) as [string, number][]);
  const src = readFileSync(SOURCE, 'utf8');
  const names = new Set<string>();
  for (const m of src.matchAll(/ADD_INT_MACRO\(m, ([A-Z0-9_]+)\)/g)) names.add(m[1]);
  // Bluetooth's names need <bluetooth/bluetooth.h> (CPython's USE_BLUETOOTH), which this machine's
  // python3 was built without: left out, though <sys/socket.h> defines AF_BLUETOOTH and SOL_BLUETOOTH.
  const missing = [...names].filter((n) => !have.has(n) && !/BLUETOOTH/.test(n)).sort();
  const dir = mkdtempSync(path.join(tmpdir(), 'socket-constants-'));
  const lines = ['#define _GNU_SOURCE', ...HEADERS.map((h) => `#if __has_include(<${h}>)\n#include <${h}>\n#endif`), '#include <stdio.h>', 'int main(void) {'];
  for (const n of missing) lines.push(`#ifdef ${n}\n  printf("%s %lld\\n", "${n}", (long long)(${n}));\n#endif`);
  lines.push('  return 0;\n}');
  writeFileSync(path.join(dir, 'c.c'), lines.join('\n'));
  const cc = spawnSync('gcc', ['-o', path.join(dir, 'c'), path.join(dir, 'c.c')], { encoding: 'utf8' });
  if (cc.status !== 0) throw new Error(`gcc failed: ${cc.stderr}`);
  const run = spawnSync(path.join(dir, 'c'), [], { encoding: 'utf8' });
  for (const line of run.stdout.trim().split('\n')) {
    if (line === '') continue;
    const [n, v] = line.split(' ');
    have.set(n, Number(v));
  }
  return [...have].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function render(): Record<string, string> {
  const d = readJson<[string, number][]>(DATA);
  const lines: string[] = [generatedHeader('tools/gen/socket-constants.ts').replace('from CPython 3.14.2', "from Linux's python3 and headers")];
  lines.push('/** _socket constants on Linux: [name, value]. */');
  lines.push('export const SOCKET_CONSTANTS: readonly (readonly [string, number])[] = [');
  for (const [n, v] of d) lines.push(`  [${JSON.stringify(n)}, ${v}],`);
  lines.push('];');
  return { [OUT]: lines.join('\n') + '\n' };
}

registerGolden({
  name: 'socket-constants',
  async query() {
    writeJson(DATA, query());
  },
  render,
});
