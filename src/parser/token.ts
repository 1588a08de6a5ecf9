// A token, as the tokenizer hands it to the parser.  CPython: Parser/lexer/state.h struct token,
// Parser/pegen.h Token.
import type { Tok } from './tokens.generated.ts';

/**
 * Positions follow the parser's conventions (CPython's struct token as pegen copies it):
 * `lineno` is 1-based; `col_offset` and `end_col_offset` are UTF-8 byte offsets from the start of
 * their line (0-based), exactly what ends up in AST nodes, and -1 for tokens without text (INDENT,
 * DEDENT, ENDMARKER, ERRORTOKEN).  `end_col_offset` is where the tokenizer stopped, which for
 * NEWLINE (whose text is empty) is one past `col_offset`, and for an FSTRING_MIDDLE before `{{` or
 * `}}` includes the second brace that the text leaves out.
 * `start` and `end` index the tokenizer's source string (UTF-16 code units) and delimit `string`,
 * for slicing token text, f-string debug text, and computing character columns for error messages
 * and the `tokenize` module.
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
    /**
     * For the `!`, `:` or `}` token that ends the expression of an f-string replacement field with
     * `=` (and every such token in a t-string): the expression's source text, comments removed.
     * CPython: struct token.metadata.
     */
    public metadata: string | null = null,
  ) {}
}
