// Corpus files: many small programs in one file, each introduced by a line `#### name`.
import fs from 'node:fs';
import path from 'node:path';

const ROOT = process.env.PYTS_ROOT ?? process.cwd();

export interface CorpusProgram {
  name: string;
  source: string;
}

export function readCorpus(rel: string): CorpusProgram[] {
  const text = fs.readFileSync(path.join(ROOT, rel), 'utf8');
  const out: CorpusProgram[] = [];
  for (const chunk of text.split(/^#### /m).slice(1)) {
    const nl = chunk.indexOf('\n');
    out.push({ name: chunk.slice(0, nl).trim(), source: chunk.slice(nl + 1) });
  }
  return out;
}
