// Every generated source file and every golden comes from CPython 3.14.2 through one of these entries.
//   npm run goldens [-- NAME...]   ask the oracle again, store its answers, re-render outputs
//   npm run regen                  re-render generated sources from the stored answers (no oracle)
import type { Oracle } from '../oracle/client.ts';

export interface GoldenSource {
  /** Short name used on the command line. */
  name: string;
  /** Asks CPython and writes the golden data files (JSON, text) under the repository. */
  query(oracle: Oracle): Promise<void>;
  /** Renders generated source files from the stored data: path -> content. */
  render?(): Record<string, string>;
}

const sources: GoldenSource[] = [];

export function registerGolden(src: GoldenSource): void {
  sources.push(src);
}

export function allGoldens(): readonly GoldenSource[] {
  return sources;
}
