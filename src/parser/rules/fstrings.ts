// String literals, f-strings (PEP 701) and t-strings (PEP 750), and their implicit concatenation.
// Grammar/python.gram: LITERALS (fstring_*, tstring_*, string, strings).
// CPython: Parser/action_helpers.c (_PyPegen_joined_str, _PyPegen_formatted_value, _PyPegen_interpolation...)
import * as ast from '../../ast/nodes.generated.ts';
import { Tok } from '../tokens.generated.ts';
import type { Token } from '../token.ts';
import type { Parser } from '../parser.ts';
import { concatenateStrings, concatenateTstrings, type ResultWithMetadata } from '../action-helpers.ts';
import { decodeString, parseString, raiseDecodeError, tokenText } from '../string-parser.ts';
import { unicodeRepr } from '../../objects/str/repr.ts';
import { annotated_rhs } from './statements.ts';
import * as inv from './invalid.ts';

/** f-string or t-string: which rules of a pair apply. */
export enum Kind {
  F,
  T,
}

// python.gram: strings (memo)
export function strings(p: Parser): ast.expr | null {
  const m = p.mark;
  const memo = p.memos.strings;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  const res = stringsBody(p, m);
  memo.set(m, res, p.mark);
  return res;
}

function stringsBody(p: Parser, m: number): ast.expr | null {
  const s = p.peekToken();
  if (p.callInvalidRules) {
    inv.invalid_string_tstring_concat(p);
    p.mark = m;
  }
  // (fstring | string)+
  let parts: ast.expr[] | null = null;
  for (;;) {
    const a = fstring(p) ?? string(p);
    if (a === null) break;
    (parts ??= []).push(a);
  }
  if (parts !== null) return concatenateStrings(p, parts, s, p.lastNonWhitespaceToken());
  // tstring+
  for (;;) {
    const a = tstring(p);
    if (a === null) break;
    (parts ??= []).push(a);
  }
  if (parts !== null) return concatenateTstrings(parts, s, p.lastNonWhitespaceToken());
  return null;
}

// python.gram: string
export function string(p: Parser): ast.expr | null {
  const t = p.expect(Tok.STRING);
  if (t === null) return null;
  // CPython: _PyPegen_constant_from_string
  let v;
  try {
    v = parseString(p, t);
  } catch (e) {
    raiseDecodeError(p, e);
  }
  const kind = t.string.charCodeAt(0) === 0x75 ? 'u' : null;
  return new ast.Constant(v, kind, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
}

// python.gram: fstring
export function fstring(p: Parser): ast.expr | null {
  const m = p.mark;
  const a = p.expect(Tok.FSTRING_START);
  if (a === null) return null;
  p.fstringStarts.push(a);
  const b: ast.expr[] = [];
  for (;;) {
    const x = fstring_middle(p, Kind.F);
    if (x === null) break;
    b.push(x);
  }
  p.fstringStarts.pop();
  const c = p.expect(Tok.FSTRING_END);
  if (c === null) {
    p.mark = m;
    return null;
  }
  return new ast.JoinedStr(resizedExprs(p, a, b, c), a.lineno, a.col_offset, c.end_lineno, c.end_col_offset);
}

// python.gram: tstring (memo)
export function tstring(p: Parser): ast.expr | null {
  const m = p.mark;
  const memo = p.memos.tstring;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  let res: ast.expr | null = null;
  const a = p.expect(Tok.TSTRING_START);
  if (a !== null) {
    p.fstringStarts.push(a);
    const b: ast.expr[] = [];
    for (;;) {
      const x = fstring_middle(p, Kind.T);
      if (x === null) break;
      b.push(x);
    }
    p.fstringStarts.pop();
    const c = p.expect(Tok.TSTRING_END);
    if (c !== null) {
      if (p.featureVersion < 14) p.raiseSyntaxError('t-strings are only supported in Python 3.14 and greater');
      res = new ast.TemplateStr(resizedExprs(p, a, b, c), a.lineno, a.col_offset, c.end_lineno, c.end_col_offset);
    } else p.mark = m;
  }
  memo.set(m, res, p.mark);
  return res;
}

// python.gram: fstring_middle, tstring_middle
function fstring_middle(p: Parser, kind: Kind): ast.expr | null {
  const field = replacementField(p, kind, false);
  if (field !== null) return field;
  const t = p.expect(kind === Kind.F ? Tok.FSTRING_MIDDLE : Tok.TSTRING_MIDDLE);
  if (t === null) return null;
  // CPython: _PyPegen_constant_from_token (decoded later, by _PyPegen_joined_str)
  return new ast.Constant(tokenText(t), null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
}

/**
 * python.gram: fstring_replacement_field, tstring_replacement_field, tstring_format_spec_replacement_field
 * '{' annotated_rhs '='? [fstring_conversion] [full_format_spec] '}'
 * A t-string's own fields are Interpolations; fields nested in a t-string's format spec
 * (`inSpec`) are FormattedValues.
 */
function replacementField(p: Parser, kind: Kind, inSpec: boolean): ast.expr | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(Tok.LBRACE) !== null) {
    const a = annotated_rhs(p);
    if (a !== null) {
      const debug = p.expect(Tok.EQUAL);
      const conversion = fstring_conversion(p);
      const format = full_format_spec(p, kind);
      const rbrace = p.expect(Tok.RBRACE);
      if (rbrace !== null) {
        const e = p.lastNonWhitespaceToken();
        if (kind === Kind.T && !inSpec) return interpolation(p, a, debug, conversion, format, rbrace, s, e);
        return formattedValue(a, debug, conversion, format, rbrace, s, e);
      }
    }
    p.mark = m;
  }
  if (p.callInvalidRules) {
    if (kind === Kind.F) inv.invalid_fstring_replacement_field(p);
    else inv.invalid_tstring_replacement_field(p);
    p.mark = m;
  }
  return null;
}

/** The prefix letter of the innermost f-string or t-string ('f' or 't'). */
export function stringPrefix(p: Parser): string {
  const st = p.fstringStarts;
  if (st.length === 0) return 'f';
  return st[st.length - 1].type === Tok.TSTRING_START ? 't' : 'f';
}

// python.gram: fstring_conversion
function fstring_conversion(p: Parser): ResultWithMetadata<ast.Name> | null {
  const m = p.mark;
  const convToken = p.expect(Tok.EXCLAMATION);
  if (convToken === null) return null;
  const conv = p.nameToken();
  if (conv === null) {
    p.mark = m;
    return null;
  }
  // CPython: _PyPegen_check_fstring_conversion
  const prefix = stringPrefix(p);
  if (convToken.lineno !== conv.lineno || convToken.end_col_offset !== conv.col_offset) {
    p.raiseKnownRange(convToken, conv, `${prefix}-string: conversion type must come right after the exclamation mark`);
  }
  const c = conv.id;
  if (c.length > 1 || (c !== 's' && c !== 'r' && c !== 'a')) {
    p.raiseKnownLocation(conv, `${prefix}-string: invalid conversion character ${unicodeRepr(c)}: expected 's', 'r', or 'a'`);
  }
  return { result: conv, metadata: convToken.metadata };
}

// python.gram: fstring_full_format_spec, tstring_full_format_spec
function full_format_spec(p: Parser, kind: Kind): ResultWithMetadata<ast.expr> | null {
  const s = p.peekToken();
  const colon = p.expect(Tok.COLON);
  if (colon === null) return null;
  const spec: ast.expr[] = [];
  for (;;) {
    const x = format_spec(p, kind);
    if (x === null) break;
    spec.push(x);
  }
  // CPython: _PyPegen_setup_full_format_spec
  const e = p.lastNonWhitespaceToken();
  const items = spec.filter((x) => !(x._kind === 'Constant' && x.value === ''));
  let res: ast.expr;
  if (items.length === 0 || (items.length === 1 && items[0]._kind === 'Constant')) {
    res = new ast.JoinedStr(items, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  } else {
    res = concatenateStrings(p, items, s, e);
  }
  return { result: res, metadata: colon.metadata };
}

// python.gram: fstring_format_spec, tstring_format_spec
export function format_spec(p: Parser, kind: Kind): ast.expr | null {
  const t = p.expect(kind === Kind.F ? Tok.FSTRING_MIDDLE : Tok.TSTRING_MIDDLE);
  if (t !== null) {
    // CPython: _PyPegen_decoded_constant_from_token: decoded now, raw when the enclosing string is.
    const st = p.fstringStarts;
    const raw = st.length > 0 && /[rR]/.test(st[st.length - 1].string);
    const text = tokenText(t);
    const v = decodeString(p, raw || text.indexOf('\\') < 0, text, t);
    return new ast.Constant(v, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  }
  return replacementField(p, kind, true);
}

/** CPython: _PyPegen_formatted_value */
function formattedValue(
  expression: ast.expr,
  debug: Token | null,
  conversion: ResultWithMetadata<ast.Name> | null,
  format: ResultWithMetadata<ast.expr> | null,
  rbrace: Token,
  s: Token,
  e: Token,
): ast.expr {
  const conv = conversionValue(debug, conversion, format);
  const fv = new ast.FormattedValue(expression, conv, format !== null ? format.result : null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  if (debug === null) return fv;
  return debugJoinedStr(fv, conversion, format, rbrace, s, e);
}

/** CPython: _PyPegen_interpolation */
function interpolation(
  p: Parser,
  expression: ast.expr,
  debug: Token | null,
  conversion: ResultWithMetadata<ast.Name> | null,
  format: ResultWithMetadata<ast.expr> | null,
  rbrace: Token,
  s: Token,
  e: Token,
): ast.expr {
  void p;
  const conv = conversionValue(debug, conversion, format);
  const exprstr = conversion !== null ? conversion.metadata : format !== null ? format.metadata : rbrace.metadata;
  const it = new ast.Interpolation(expression, stripInterpolationExpr(exprstr ?? ''), conv, format !== null ? format.result : null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  if (debug === null) return it;
  return debugJoinedStr(it, conversion, format, rbrace, s, e);
}

/** The conversion character's code, 'r' for a debug expression without conversion or format spec, or -1. */
function conversionValue(debug: Token | null, conversion: ResultWithMetadata<ast.Name> | null, format: ResultWithMetadata<ast.expr> | null): number {
  if (conversion !== null) return conversion.result.id.charCodeAt(0);
  if (debug !== null && format === null) return 0x72; // 'r'
  return -1;
}

/** `{expr=}`: a JoinedStr of the expression's text and the value.  CPython: the debug part of _PyPegen_formatted_value */
function debugJoinedStr(
  value: ast.expr,
  conversion: ResultWithMetadata<ast.Name> | null,
  format: ResultWithMetadata<ast.expr> | null,
  rbrace: Token,
  s: Token,
  e: Token,
): ast.expr {
  let endLine: number;
  let endOffset: number;
  let metadata: string | null;
  if (conversion !== null) {
    endLine = conversion.result.lineno;
    endOffset = conversion.result.col_offset;
    metadata = conversion.metadata;
  } else if (format !== null) {
    endLine = format.result.lineno;
    endOffset = format.result.col_offset + 1;
    metadata = format.metadata;
  } else {
    endLine = e.end_lineno;
    endOffset = e.end_col_offset;
    metadata = rbrace.metadata;
  }
  const text = new ast.Constant(metadata ?? '', null, s.lineno, s.col_offset + 1, endLine, endOffset - 1);
  return new ast.JoinedStr([text, value], s.lineno, s.col_offset, endLine, endOffset);
}

/** The text of a t-string interpolation without trailing whitespace and '='.  CPython: _strip_interpolation_expr */
function stripInterpolationExpr(s: string): string {
  let len = s.length;
  while (len > 0) {
    const c = s.charCodeAt(len - 1);
    if (c === 0x3d || isPyWhitespace(c)) len--;
    else break;
  }
  return s.slice(0, len);
}

/** str.isspace() for one UTF-16 unit (all Python whitespace is in the BMP).  CPython: _PyUnicode_IsWhitespace */
export function isPyWhitespace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    (c >= 0x1c && c <= 0x20) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * The values of a JoinedStr or TemplateStr: literal parts decoded (empty ones dropped), debug
 * expressions' JoinedStr pairs spliced in.  CPython: _get_resized_exprs
 */
function resizedExprs(p: Parser, a: Token, raw: ast.expr[], b: Token): ast.expr[] {
  const isRaw = /[rR]/.test(a.string);
  const out: ast.expr[] = [];
  for (const item of raw) {
    if (item._kind === 'JoinedStr') {
      out.push(item.values[0], item.values[1]);
      continue;
    }
    if (item._kind === 'Constant') {
      // CPython: _PyPegen_decode_fstring_part
      let text = item.value as string;
      if (text === '{{' || text === '}}') text = text[0];
      let v: string;
      try {
        v = decodeString(p, isRaw || text.indexOf('\\') < 0, text, b);
      } catch (e) {
        raiseDecodeError(p, e);
      }
      if (v.length === 0) continue;
      out.push(new ast.Constant(v, null, item.lineno, item.col_offset, item.end_lineno, item.end_col_offset));
      continue;
    }
    out.push(item);
  }
  return out;
}
