// The tokenizer's public face.  See docs/internals/tokenizer.md.
export { Tokenizer, ErrCode, TokenizerMode, ModeKind, MAXINDENT, MAXLEVEL, MAXFSTRINGLEVEL, MAX_EXPR_NESTING } from './tokenizer.ts';
export type { TokenizerOptions } from './tokenizer.ts';
