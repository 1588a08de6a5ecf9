// A host that captures stdout/stderr in memory and serves some files from memory: for running
// programs in tests and in embedding, without touching the process's streams.
import type { Host, SourceFile } from './host.ts';
import { NodeHost } from './node-host.ts';

export class CaptureHost implements Host {
  private readonly base = new NodeHost();
  stdout = '';
  stderr = '';
  private stdinLines: string[];

  constructor(
    /** Files served from memory by path (e.g. the program under a virtual path). */
    private readonly files: Map<string, Uint8Array>,
    stdin = '',
    private readonly cwdPath = '/',
  ) {
    this.stdinLines = stdin.split(/(?<=\n)/).filter((l) => l.length > 0);
  }

  findSource(dir: string, name: string): SourceFile | null {
    for (const [p, data] of this.files) {
      if (p === `${dir}/${name}.py`) return { file: p, source: data, isPackage: false };
      if (p === `${dir}/${name}/__init__.py`) return { file: p, source: data, isPackage: true };
    }
    return this.base.findSource(dir, name);
  }

  readFile(path: string): Uint8Array | null {
    return this.files.get(path) ?? this.base.readFile(path);
  }

  writeStdout(s: string): void {
    this.stdout += s;
  }

  writeStderr(s: string): void {
    this.stderr += s;
  }

  flushStdout(): void {}

  readStdinLine(): string | null {
    return this.stdinLines.shift() ?? null;
  }

  cwd(): string {
    return this.cwdPath;
  }

  env(): Record<string, string> {
    return {};
  }
}
