// Function and lambda parameters.  Grammar/python.gram: Function parameters, Lambda functions
import * as ast from '../../ast/nodes.generated.ts';
import { Tok } from '../tokens.generated.ts';
import type { Parser } from '../parser.ts';
import {
  addTypeCommentToArg,
  makeArguments,
  type NameDefaultPair,
  type SlashWithDefault,
  type StarEtc,
} from '../action-helpers.ts';
import { expression, star_expression } from './expressions.ts';
import * as invs from './invalid-statements.ts';

/**
 * The parameter rules come in two flavours that differ only in details: `def` parameters (annotations,
 * type comments, a closing ')') and lambda parameters (no annotations, a closing ':').
 */
export enum Flavour {
  Def,
  Lambda,
}

// python.gram: params
export function params(p: Parser): ast.arguments_ | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invs.invalid_parameters(p);
    p.mark = m;
  }
  return parameters(p, Flavour.Def);
}

// python.gram: lambda_params
export function lambda_params(p: Parser): ast.arguments_ | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invs.invalid_lambda_parameters(p);
    p.mark = m;
  }
  return parameters(p, Flavour.Lambda);
}

// python.gram: parameters, lambda_parameters
function parameters(p: Parser, f: Flavour): ast.arguments_ | null {
  const m = p.mark;
  // slash_no_default param_no_default* param_with_default* [star_etc]
  const a = slash_no_default(p, f);
  if (a !== null) {
    const b = param_no_default_star(p, f);
    const c = param_with_default_star(p, f);
    const d = star_etc(p, f);
    checkPositionalOnly(p);
    return makeArguments(a, null, b, c, d);
  }
  p.mark = m;
  // slash_with_default param_with_default* [star_etc]
  const sw = slash_with_default(p, f);
  if (sw !== null) {
    const b = param_with_default_star(p, f);
    const c = star_etc(p, f);
    checkPositionalOnly(p);
    return makeArguments(null, sw, null, b, c);
  }
  p.mark = m;
  // param_no_default+ param_with_default* [star_etc]
  const pn = param_no_default_star(p, f);
  if (pn.length > 0) {
    const b = param_with_default_star(p, f);
    const c = star_etc(p, f);
    return makeArguments(null, null, pn, b, c);
  }
  p.mark = m;
  // param_with_default+ [star_etc]
  const pw = param_with_default_star(p, f);
  if (pw.length > 0) {
    const b = star_etc(p, f);
    return makeArguments(null, null, null, pw, b);
  }
  p.mark = m;
  // star_etc
  const se = star_etc(p, f);
  if (se !== null) return makeArguments(null, null, null, null, se);
  p.mark = m;
  return null;
}

function checkPositionalOnly(p: Parser): void {
  if (p.featureVersion < 8) p.raiseSyntaxError('Positional-only parameters are only supported in Python 3.8 and greater');
}

/** param_no_default* */
export function param_no_default_star(p: Parser, f: Flavour): ast.arg[] {
  const out: ast.arg[] = [];
  for (;;) {
    const a = param_no_default(p, f);
    if (a === null) return out;
    out.push(a);
  }
}

/** param_with_default* */
export function param_with_default_star(p: Parser, f: Flavour): NameDefaultPair[] {
  const out: NameDefaultPair[] = [];
  for (;;) {
    const a = param_with_default(p, f);
    if (a === null) return out;
    out.push(a);
  }
}

/** param_maybe_default* */
export function param_maybe_default_star(p: Parser, f: Flavour): NameDefaultPair[] {
  const out: NameDefaultPair[] = [];
  for (;;) {
    const a = param_maybe_default(p, f);
    if (a === null) return out;
    out.push(a);
  }
}

/** The token that may follow a last parameter without a comma: ')' or, for lambdas, ':'. */
function closer(f: Flavour): number {
  return f === Flavour.Def ? Tok.RPAR : Tok.COLON;
}

// python.gram: slash_no_default, lambda_slash_no_default
export function slash_no_default(p: Parser, f: Flavour): ast.arg[] | null {
  const m = p.mark;
  const a = param_no_default_star(p, f);
  if (a.length > 0 && p.expect(Tok.SLASH) !== null) {
    if (p.expect(Tok.COMMA) !== null || p.at(closer(f))) return a;
  }
  p.mark = m;
  return null;
}

// python.gram: slash_with_default, lambda_slash_with_default
export function slash_with_default(p: Parser, f: Flavour): SlashWithDefault | null {
  const m = p.mark;
  const a = param_no_default_star(p, f);
  const b = param_with_default_star(p, f);
  if (b.length > 0 && p.expect(Tok.SLASH) !== null) {
    if (p.expect(Tok.COMMA) !== null || p.at(closer(f))) return { plainNames: a, namesWithDefaults: b };
  }
  p.mark = m;
  return null;
}

// python.gram: star_etc, lambda_star_etc
export function star_etc(p: Parser, f: Flavour): StarEtc | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    if (f === Flavour.Def) invs.invalid_star_etc(p);
    else invs.invalid_lambda_star_etc(p);
    p.mark = m;
  }
  if (p.expect(Tok.STAR) !== null) {
    // '*' param_no_default param_maybe_default* [kwds]
    const a = param_no_default(p, f);
    if (a !== null) {
      const b = param_maybe_default_star(p, f);
      const c = kwds(p, f);
      return { vararg: a, kwonlyargs: b, kwarg: c };
    }
    // '*' param_no_default_star_annotation param_maybe_default* [kwds]
    if (f === Flavour.Def) {
      const a2 = param_no_default_star_annotation(p);
      if (a2 !== null) {
        const b = param_maybe_default_star(p, f);
        const c = kwds(p, f);
        return { vararg: a2, kwonlyargs: b, kwarg: c };
      }
    }
    // '*' ',' param_maybe_default+ [kwds]
    if (p.expect(Tok.COMMA) !== null) {
      const b = param_maybe_default_star(p, f);
      if (b.length > 0) {
        const c = kwds(p, f);
        return { vararg: null, kwonlyargs: b, kwarg: c };
      }
    }
    p.mark = m;
  }
  const k = kwds(p, f);
  if (k !== null) return { vararg: null, kwonlyargs: null, kwarg: k };
  return null;
}

// python.gram: kwds, lambda_kwds
export function kwds(p: Parser, f: Flavour): ast.arg | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    if (f === Flavour.Def) invs.invalid_kwds(p);
    else invs.invalid_lambda_kwds(p);
    p.mark = m;
  }
  if (p.expect(Tok.DOUBLESTAR) === null) return null;
  const a = param_no_default(p, f);
  if (a === null) p.mark = m;
  return a;
}

// python.gram: param_no_default, lambda_param_no_default
export function param_no_default(p: Parser, f: Flavour): ast.arg | null {
  const m = p.mark;
  const a = param(p, f);
  if (a === null) return null;
  if (f === Flavour.Lambda) {
    if (p.expect(Tok.COMMA) !== null || p.at(Tok.COLON)) return a;
    p.mark = m;
    return null;
  }
  if (p.expect(Tok.COMMA) !== null) return addTypeCommentToArg(a, p.expect(Tok.TYPE_COMMENT));
  const tc = p.expect(Tok.TYPE_COMMENT);
  if (p.at(Tok.RPAR)) return addTypeCommentToArg(a, tc);
  p.mark = m;
  return null;
}

// python.gram: param_no_default_star_annotation
function param_no_default_star_annotation(p: Parser): ast.arg | null {
  const m = p.mark;
  const a = param_star_annotation(p);
  if (a === null) return null;
  if (p.expect(Tok.COMMA) !== null) return addTypeCommentToArg(a, p.expect(Tok.TYPE_COMMENT));
  const tc = p.expect(Tok.TYPE_COMMENT);
  if (p.at(Tok.RPAR)) return addTypeCommentToArg(a, tc);
  p.mark = m;
  return null;
}

// python.gram: param_with_default, lambda_param_with_default
export function param_with_default(p: Parser, f: Flavour): NameDefaultPair | null {
  const m = p.mark;
  const a = param(p, f);
  if (a !== null) {
    const c = default_(p);
    if (c !== null) {
      const r = paramEnd(p, f, a, c);
      if (r !== null) return r;
    }
  }
  p.mark = m;
  return null;
}

// python.gram: param_maybe_default, lambda_param_maybe_default
export function param_maybe_default(p: Parser, f: Flavour): NameDefaultPair | null {
  const m = p.mark;
  const a = param(p, f);
  if (a !== null) {
    const c = default_(p);
    const r = paramEnd(p, f, a, c);
    if (r !== null) return r;
  }
  p.mark = m;
  return null;
}

/** ',' TYPE_COMMENT? | TYPE_COMMENT? &')' (lambdas: ',' | &':') after a parameter and its default. */
function paramEnd(p: Parser, f: Flavour, a: ast.arg, c: ast.expr | null): NameDefaultPair | null {
  if (f === Flavour.Lambda) {
    if (p.expect(Tok.COMMA) !== null || p.at(Tok.COLON)) return { arg: a, value: c };
    return null;
  }
  if (p.expect(Tok.COMMA) !== null) return { arg: addTypeCommentToArg(a, p.expect(Tok.TYPE_COMMENT)), value: c };
  const tc = p.expect(Tok.TYPE_COMMENT);
  if (p.at(Tok.RPAR)) return { arg: addTypeCommentToArg(a, tc), value: c };
  return null;
}

// python.gram: param, lambda_param
export function param(p: Parser, f: Flavour): ast.arg | null {
  const s = p.peekToken();
  const a = p.nameToken();
  if (a === null) return null;
  const b = f === Flavour.Def ? annotation(p) : null;
  const e = p.lastNonWhitespaceToken();
  return new ast.arg(a.id, b, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// python.gram: param_star_annotation
function param_star_annotation(p: Parser): ast.arg | null {
  const m = p.mark;
  const s = p.peekToken();
  const a = p.nameToken();
  if (a === null) return null;
  // star_annotation: ':' star_expression
  if (p.expect(Tok.COLON) !== null) {
    const b = star_expression(p);
    if (b !== null) {
      const e = p.lastNonWhitespaceToken();
      return new ast.arg(a.id, b, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }
  }
  p.mark = m;
  return null;
}

// python.gram: annotation
function annotation(p: Parser): ast.expr | null {
  const m = p.mark;
  if (p.expect(Tok.COLON) === null) return null;
  const a = expression(p);
  if (a === null) p.mark = m;
  return a;
}

// python.gram: default
export function default_(p: Parser): ast.expr | null {
  const m = p.mark;
  if (p.expect(Tok.EQUAL) !== null) {
    const a = expression(p);
    if (a !== null) return a;
    p.mark = m;
  }
  if (p.callInvalidRules) {
    invs.invalid_default(p);
    p.mark = m;
  }
  return null;
}

