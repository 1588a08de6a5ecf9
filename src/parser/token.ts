// A token, as the tokenizer hands it to the parser.  CPython: Parser/lexer/state.h struct token,
// Parser/pegen.h Token.
import type { Tok } from './tokens.generated.ts';

/**
 * Positions follow the AST's conventions: `lineno` is 1-based; `col_offset` and `end_col_offset`
 * are UTF-8 byte offsets from the start of the line (0-based), exactly what ends up in AST nodes.
 * `start` and `end` index the decoded source string (UTF-16 code units), for slicing token text,
 * f-string debug text, and computing character columns for error messages and `tokenize`.
 */
export class Token {
  constructor(
    /** Exact type for operators (Tok.LPAR, Tok.PLUSEQUAL...); Tok.NAME for names, keywords and soft keywords. */
    public readonly type: Tok,
    /** The token's text as it stands in the source (for FSTRING_MIDDLE, see the tokenizer). */
    public readonly string: string,
    public readonly lineno: number,
    public readonly col_offset: number,
    public readonly end_lineno: number,
    public readonly end_col_offset: number,
    public readonly start: number,
    public readonly end: number,
  ) {}
}
