// The Node.js host: real files, the standard library from python_stdlib.zip, buffered stdout.
// Standard output is block-buffered when it is not a terminal and stderr is unbuffered, as CPython's
// sys.stdout/sys.stderr are, so the interleaving of the two matches CPython's.
import fs from 'node:fs';
import path from 'node:path';
import type { Host, SourceFile } from './host.ts';
import { openStdlibZip } from './stdlib-zip.ts';
import { STDLIB_ZIP_PATH } from './import.ts';

const encoder = new TextEncoder();

export class NodeHost implements Host {
  private out: string[] = [];
  private outSize = 0;
  private readonly outIsTTY = process.stdout.isTTY === true;
  private stdinBuf = '';
  private stdinEOF = false;

  findSource(dir: string, name: string): SourceFile | null {
    if (dir === STDLIB_ZIP_PATH || dir.startsWith(STDLIB_ZIP_PATH + '/')) {
      const zip = openStdlibZip();
      const inner = dir === STDLIB_ZIP_PATH ? '' : dir.slice(STDLIB_ZIP_PATH.length + 1) + '/';
      const init = `${inner}${name}/__init__.py`;
      if (zip.has(init)) return { file: `${STDLIB_ZIP_PATH}/${init}`, source: zip.read(init)!, isPackage: true };
      const mod = `${inner}${name}.py`;
      if (zip.has(mod)) return { file: `${STDLIB_ZIP_PATH}/${mod}`, source: zip.read(mod)!, isPackage: false };
      return null;
    }
    const init = path.join(dir, name, '__init__.py');
    if (isFile(init)) return { file: init, source: fs.readFileSync(init), isPackage: true };
    const mod = path.join(dir, name + '.py');
    if (isFile(mod)) return { file: mod, source: fs.readFileSync(mod), isPackage: false };
    return null;
  }

  readFile(p: string): Uint8Array | null {
    try {
      return fs.readFileSync(p);
    } catch {
      return null;
    }
  }

  writeStdout(s: string): void {
    if (this.outIsTTY) {
      writeAll(1, s);
      return;
    }
    this.out.push(s);
    this.outSize += s.length;
    if (this.outSize >= 8192) this.flushStdout();
  }

  flushStdout(): void {
    if (this.out.length === 0) return;
    const s = this.out.join('');
    this.out = [];
    this.outSize = 0;
    writeAll(1, s);
  }

  writeStderr(s: string): void {
    writeAll(2, s);
  }

  readStdinLine(): string | null {
    for (;;) {
      const nl = this.stdinBuf.indexOf('\n');
      if (nl >= 0) {
        const line = this.stdinBuf.slice(0, nl + 1);
        this.stdinBuf = this.stdinBuf.slice(nl + 1);
        return line;
      }
      if (this.stdinEOF) {
        const rest = this.stdinBuf;
        this.stdinBuf = '';
        return rest.length ? rest : null;
      }
      const buf = Buffer.alloc(65536);
      let n = 0;
      try {
        n = fs.readSync(0, buf, 0, buf.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        n = 0;
      }
      if (n === 0) this.stdinEOF = true;
      else this.stdinBuf += buf.subarray(0, n).toString('utf8');
    }
  }

  cwd(): string {
    return process.cwd();
  }

  env(): Record<string, string> {
    return process.env as Record<string, string>;
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function writeAll(fd: number, s: string): void {
  const b = encoder.encode(s);
  let off = 0;
  while (off < b.length) {
    try {
      off += fs.writeSync(fd, b, off, b.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      throw e;
    }
  }
}
