// What pyts needs from its host: standard streams, the file system (read-only for now), the clock.
// runtime/node-host.ts implements it for Node.js; a browser host supplies its own.

export interface SourceFile {
  /** The path __file__ shows. */
  file: string;
  source: Uint8Array;
  isPackage: boolean;
}

export interface Host {
  /** Finds `name`.py or `name`/__init__.py in directory `dir` (which may be a path inside the stdlib zip). */
  findSource(dir: string, name: string): SourceFile | null;
  /** Reads a whole file, or returns null. */
  readFile(path: string): Uint8Array | null;
  writeStdout(s: string): void;
  writeStderr(s: string): void;
  flushStdout(): void;
  readStdinLine(): string | null;
  cwd(): string;
  env(): Record<string, string>;
}
