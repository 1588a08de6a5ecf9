// The tokenizer's public face.  See docs/internals/tokenizer.md.
import { decodeSource } from '../source.ts';
import type { WarningSink } from '../errors.ts';
import { Tokenizer } from './tokenizer.ts';

export { Tokenizer, ErrCode, TokenizerMode, ModeKind, MAXINDENT, MAXLEVEL, MAXFSTRINGLEVEL, MAX_EXPR_NESTING } from './tokenizer.ts';
export type { TokenizerOptions } from './tokenizer.ts';

export interface FrontEndOptions {
  filename: string;
  /** compile() mode; 'exec' input gets a final newline when it lacks one. */
  mode?: 'exec' | 'eval' | 'single' | 'func_type';
  /** 'string' for compile()/ast.parse sources (the default), 'file' for a file run as a program. */
  input?: 'string' | 'file';
  typeComments?: boolean;
  interactive?: boolean;
  onWarning?: WarningSink;
}

/**
 * Decodes `source` as CPython does for its input kind and returns a tokenizer over it.  Throws
 * the ParseError or FrontEndError of a source that cannot be decoded (null bytes in a string,
 * unknown encoding...); errors CPython finds only when reading a later line come from the tokenizer.
 * CPython: _PyTokenizer_FromString, _PyTokenizer_FromUTF8, _PyTokenizer_FromFile
 */
export function createTokenizer(source: string | Uint8Array, opts: FrontEndOptions): Tokenizer {
  const input = opts.input ?? 'string';
  const d = decodeSource(source, { filename: opts.filename, input, execInput: (opts.mode ?? 'exec') === 'exec' });
  return new Tokenizer(d.text, {
    filename: opts.filename,
    typeComments: opts.typeComments,
    interactive: opts.interactive,
    onWarning: opts.onWarning,
    lineError: d.lineError,
    programText: d.programText,
  });
}
