// Files for the command-line goldens (tools/gen/cli.ts): programs CPython refuses to run, and how
// its top level reports them.  Our own inputs.

export interface CliCase {
  name: string;
  source: Uint8Array;
}

const enc = new TextEncoder();

function s(name: string, text: string): CliCase {
  return { name, source: enc.encode(text) };
}

function b(name: string, bytes: number[] | string): CliCase {
  return { name, source: typeof bytes === 'string' ? Uint8Array.from(bytes, (c) => c.charCodeAt(0)) : Uint8Array.from(bytes) };
}

export const CLI_CASES: readonly CliCase[] = [
  s('unclosed_paren.py', 'x = (\n'),
  s('unclosed_at_eof_no_newline.py', 'x = (1,\n     2'),
  s('unclosed_bracket_far.py', 'data = [\n    1,\n    2,\n\ny = 3\n'),
  s('unterminated_string.py', 'print("hello)\n'),
  s('unterminated_triple.py', 'x = 1\ns = """abc\n\ndef\n'),
  s('escaped_quote.py', "s = 'it\\'s\n"),
  s('invalid_character.py', 'price = 3 \u20ac\n'),
  s('nonprintable.py', 'x = 1\u00a0+ 2\n'),
  s('unmatched_paren.py', 'x = 1)\n'),
  s('mismatched_paren.py', 'foo(1, 2]\n'),
  s('mismatched_multiline.py', 'foo(1,\n    2]\n'),
  s('leading_zeros.py', 'x = 0777\n'),
  s('invalid_decimal.py', 'x = 1_000_\n'),
  s('invalid_hex.py', 'x = 0xfg\n'),
  s('prefixes.py', 'x = ub"abc"\n'),
  s('fstring_brace.py', 'x = f"{a"\n'),
  s('fstring_single_brace.py', 'x = f"a}b"\n'),
  s('fstring_empty.py', 'x = f"{}"\n'),
  s('tab_error.py', 'if True:\n\tx = 1\n        y = 2\n'),
  s('unindent.py', 'if True:\n    x = 1\n  y = 2\n'),
  s('unexpected_indent.py', 'x = 1\n    y = 2\n'),
  s('expected_block.py', 'def f():\nreturn 1\n'),
  s('line_continuation.py', 'x = 1 \\ + 2\n'),
  s('too_deep_parens.py', 'x = ' + '('.repeat(201) + '\n'),
  s('invalid_syntax.py', 'x = = 1\n'),
  s('keyword_typo.py', 'for x im range(3):\n    pass\n'),
  s('keyword_typo2.py', 'whille x:\n    pass\n'),
  s('missing_comma.py', 'x = [1 2 3]\n'),
  s('print_statement.py', 'print "hello"\n'),
  s('assign_literal.py', '1 = x\n'),
  s('deep_indent_error.py', 'def f():\n\tif x:\n\t\ty = (1 +\n\t\t\t2 +)\n'),
  s('multiline_error.py', 'x = (1 +\n     2 +\n     )\n'),
  s('unicode_line.py', 'caf\u00e9 = "\u00e9t\u00e9" +\n'),
  s('long_line.py', 'x = ' + 'a + '.repeat(300) + '\n'),
  s('crlf.py', 'x = 1\r\ny = (\r\n'),
  s('form_feed.py', '\x0cx = = 1\n'),
  s('valid.py', 'x = 1\n'),
  s('empty.py', ''),
  b('nul_byte.py', 'x = 1\n\0\n'),
  b('nul_byte_line1.py', 'x = 1\0\n'),
  b('bad_utf8_line1.py', 'x = "\xff"\n'),
  b('bad_utf8_line2.py', 'x = 1\ny = "\xe9"\n'),
  b('bad_utf8_line2_after_comment.py', '# comment\ny = "\xe9"\n'),
  b('bad_utf8_line3.py', 'x = 1\ny = 2\nz = "\xe9"\n'),
  b('bad_utf8_comment_only.py', '# \xff\n'),
  b('latin1_declared.py', '# -*- coding: latin-1 -*-\nx = "\xe9"\n'),
  b('latin1_declared_error.py', '# -*- coding: latin-1 -*-\nx = "\xe9" +\n'),
  b('unknown_encoding.py', '# coding: klingon\nx = 1\n'),
  b('ascii_declared_bad.py', '# coding: ascii\nx = "\xe9"\n'),
  b('bom.py', '\xef\xbb\xbfx = 1\n'),
  b('bom_syntax_error.py', '\xef\xbb\xbfx = (\n'),
  b('bom_latin1.py', '\xef\xbb\xbf# coding: latin-1\nx = 1\n'),
  b('bom_bad_utf8.py', '\xef\xbb\xbfx = "\xe9"\n'),
  b('utf8_declared_bad.py', '# coding: utf-8\nx = "\xe9"\n'),
  s('parser_stack_overflow.py', 'x = ' + '-'.repeat(100000) + '1\n'),
  s('deep_lambdas.py', 'f = ' + 'lambda: '.repeat(5000) + '1\n'),
  s('tokenizer_error_wins.py', 'x = = 1\ny = "abc\n'),
  s('unclosed_wins.py', 'foo(1,\nx = 1 +\n'),
  s('fstring_nested_error.py', 'x = f"{f\'{a!x}\'}"\n'),
  s('tstring_mix.py', 'x = t"a" "b"\n'),
  s('tab_in_error_line.py', 'if x:\n\ty = (1 +\n\t\t2 +)\n'),
  s('invalid_escape_warning.py', "print('\\d', f'\\{1}')\n"),
];
