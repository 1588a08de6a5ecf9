// Statements: the start rules, statement lists, simple statements and imports (compound statements
// are in compound.ts).  Grammar/python.gram: STARTING RULES, GENERAL STATEMENTS, SIMPLE STATEMENTS,
// Import statements, TYPING ELEMENTS (type_expressions).
import * as ast from '../../ast/nodes.generated.ts';
import { Tok } from '../tokens.generated.ts';
import type { Token } from '../token.ts';
import { Kw, type Parser } from '../parser.ts';
import { checkedFutureImport, countDots, joinNamesWithDot, makeModule, setExprContext } from '../action-helpers.ts';
import { expression, expressions, star_expressions, yield_expr } from './expressions.ts';
import { del_targets, single_subscript_attribute_target, single_target, star_targets } from './targets.ts';
import {
  class_def,
  for_stmt,
  function_def,
  if_stmt,
  try_stmt,
  type_alias,
  while_stmt,
  with_stmt,
} from './compound.ts';
import { match_stmt } from './match.ts';
import * as inv from './invalid.ts';
import * as invs from './invalid-statements.ts';

// ---- start rules ----

// python.gram: file
export function file(p: Parser): ast.Module | null {
  const a = statements(p);
  if (p.expect(Tok.ENDMARKER) === null) return null;
  return makeModule(p, a ?? []);
}

// python.gram: interactive
export function interactive(p: Parser): ast.Interactive | null {
  const a = statement_newline(p);
  if (a === null) return null;
  return new ast.Interactive(a);
}

// python.gram: eval
export function evalRule(p: Parser): ast.Expression | null {
  const a = expressions(p);
  if (a === null) return null;
  while (p.expect(Tok.NEWLINE) !== null);
  if (p.expect(Tok.ENDMARKER) === null) return null;
  return new ast.Expression(a);
}

// python.gram: func_type
export function func_type(p: Parser): ast.FunctionType | null {
  if (p.expect(Tok.LPAR) === null) return null;
  const a = type_expressions(p);
  if (p.expect(Tok.RPAR) === null || p.expect(Tok.RARROW) === null) return null;
  const b = expression(p);
  if (b === null) return null;
  while (p.expect(Tok.NEWLINE) !== null);
  if (p.expect(Tok.ENDMARKER) === null) return null;
  return new ast.FunctionType(a ?? [], b);
}

// ---- general statements ----

// python.gram: statements
export function statements(p: Parser): ast.stmt[] | null {
  let out: ast.stmt[] | null = null;
  for (;;) {
    const a = statement(p);
    if (a === null) break;
    if (out === null) out = a.slice();
    else for (const x of a) out.push(x);
  }
  return out;
}

// python.gram: statement
export function statement(p: Parser): ast.stmt[] | null {
  const a = compound_stmt(p);
  if (a !== null) {
    p.registerStmt(a);
    return [a];
  }
  return simple_stmts(p);
}

// python.gram: statement_newline (with single_compound_stmt)
export function statement_newline(p: Parser): ast.stmt[] | null {
  const m = p.mark;
  const s = p.peekToken();
  const a = compound_stmt(p);
  if (a !== null) {
    p.registerStmt(a);
    if (p.expect(Tok.NEWLINE) !== null) return [a];
  }
  p.mark = m;
  const b = simple_stmts(p);
  if (b !== null) return b;
  if (p.expect(Tok.NEWLINE) !== null) {
    const e = p.lastNonWhitespaceToken();
    return [new ast.Pass(s.lineno, s.col_offset, e.end_lineno, e.end_col_offset)];
  }
  // ENDMARKER: CPython's _PyPegen_interactive_exit returns NULL.
  return null;
}

// python.gram: simple_stmts
export function simple_stmts(p: Parser): ast.stmt[] | null {
  const m = p.mark;
  const a = simple_stmt(p);
  if (a === null) return null;
  // The first alternative (one statement, no ';') is there for speed.
  if (!p.at(Tok.SEMI)) {
    if (p.expect(Tok.NEWLINE) !== null) return [a];
    p.mark = m;
    return null;
  }
  const out = [a];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(Tok.SEMI) === null) break;
    const c = simple_stmt(p);
    if (c === null) {
      p.mark = m2;
      break;
    }
    out.push(c);
  }
  p.expect(Tok.SEMI);
  if (p.expect(Tok.NEWLINE) !== null) return out;
  p.mark = m;
  return null;
}

// python.gram: simple_stmt (memo)
export function simple_stmt(p: Parser): ast.stmt | null {
  const m = p.mark;
  const memo = p.memos.simple_stmt;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  const res = simpleStmtBody(p, m);
  memo.set(m, res, p.mark);
  return res;
}

function simpleStmtBody(p: Parser, m: number): ast.stmt | null {
  const s = p.peekToken();
  const t = p.types[m];
  // Statements that start with a keyword no expression or target starts with: in the first pass
  // the alternatives before them would fail on that keyword without reading further.
  if (!p.callInvalidRules) {
    switch (t) {
      case Kw.Return:
        return return_stmt(p);
      case Kw.Import:
      case Kw.From:
        return import_stmt(p);
      case Kw.Raise:
        return raise_stmt(p);
      case Kw.Pass:
      case Kw.Break:
      case Kw.Continue:
        return keywordStmt(p, t);
      case Kw.Del:
        return del_stmt(p);
      case Kw.Yield:
        return yield_stmt(p);
      case Kw.Assert:
        return assert_stmt(p);
      case Kw.Global:
      case Kw.Nonlocal:
        return global_stmt(p, t);
    }
  }
  const a = assignment(p);
  if (a !== null) return a;
  p.mark = m;
  if (t === Tok.NAME && p.tokens[m].string === 'type') {
    const ta = type_alias(p);
    if (ta !== null) return ta;
    p.mark = m;
  }
  const e = star_expressions(p);
  if (e !== null) {
    const end = p.lastNonWhitespaceToken();
    return new ast.Expr(e, s.lineno, s.col_offset, end.end_lineno, end.end_col_offset);
  }
  p.mark = m;
  switch (t) {
    case Kw.Return:
      return return_stmt(p);
    case Kw.Import:
    case Kw.From:
      return import_stmt(p);
    case Kw.Raise:
      return raise_stmt(p);
    case Kw.Pass:
    case Kw.Break:
    case Kw.Continue:
      return keywordStmt(p, t);
    case Kw.Del:
      return del_stmt(p);
    case Kw.Yield:
      return yield_stmt(p);
    case Kw.Assert:
      return assert_stmt(p);
    case Kw.Global:
    case Kw.Nonlocal:
      return global_stmt(p, t);
  }
  return null;
}

// python.gram: compound_stmt
export function compound_stmt(p: Parser): ast.stmt | null {
  const m = p.mark;
  switch (p.peek()) {
    case Kw.Def:
      return function_def(p);
    case Tok.AT: {
      const f = function_def(p);
      if (f !== null) return f;
      p.mark = m;
      return class_def(p);
    }
    case Kw.Async: {
      const f = function_def(p);
      if (f !== null) return f;
      p.mark = m;
      const w = with_stmt(p);
      if (w !== null) return w;
      p.mark = m;
      return for_stmt(p);
    }
    case Kw.If:
      return if_stmt(p);
    case Kw.Class:
      return class_def(p);
    case Kw.With:
      return with_stmt(p);
    case Kw.For:
      return for_stmt(p);
    case Kw.Try:
      return try_stmt(p);
    case Kw.While:
      return while_stmt(p);
    default:
      return match_stmt(p);
  }
}

// ---- simple statements ----

// python.gram: assignment
export function assignment(p: Parser): ast.stmt | null {
  const m = p.mark;
  const s = p.peekToken();
  // NAME ':' expression ['=' annotated_rhs]
  if (p.types[m] === Tok.NAME) {
    p.mark++;
    if (p.peek() === Tok.COLON) {
      p.mark = m;
      const a = p.nameToken()!;
      p.mark++;
      const b = expression(p);
      if (b !== null) {
        const c = assignedValue(p);
        if (p.featureVersion < 6) p.raiseSyntaxError('Variable annotation syntax is only supported in Python 3.6 and greater');
        const e = p.lastNonWhitespaceToken();
        return new ast.AnnAssign(setExprContext(a, 'Store'), b, c, 1, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
    p.mark = m;
  }
  // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  {
    let a: ast.expr | null = null;
    if (p.types[m] === Tok.LPAR) {
      p.mark++;
      const b = single_target(p);
      if (b !== null && p.expect(Tok.RPAR) !== null) a = b;
      else p.mark = m;
    }
    if (a === null) a = single_subscript_attribute_target(p);
    if (a !== null && p.expect(Tok.COLON) !== null) {
      const b = expression(p);
      if (b !== null) {
        const c = assignedValue(p);
        if (p.featureVersion < 6) p.raiseSyntaxError('Variable annotations syntax is only supported in Python 3.6 and greater');
        const e = p.lastNonWhitespaceToken();
        return new ast.AnnAssign(a, b, c, 0, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
    p.mark = m;
  }
  // (star_targets '=')+ annotated_rhs !'=' [TYPE_COMMENT]
  {
    let targets: ast.expr[] | null = null;
    for (;;) {
      const m2 = p.mark;
      const z = star_targets(p);
      if (z === null || p.expect(Tok.EQUAL) === null) {
        p.mark = m2;
        break;
      }
      (targets ??= []).push(z);
    }
    if (targets !== null) {
      const b = annotated_rhs(p);
      if (b !== null && !p.at(Tok.EQUAL)) {
        const tc = p.expect(Tok.TYPE_COMMENT);
        const e = p.lastNonWhitespaceToken();
        return new ast.Assign(targets, b, tc !== null ? tc.string : null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
    p.mark = m;
  }
  // single_target augassign ~ annotated_rhs
  {
    const a = single_target(p);
    if (a !== null) {
      const op = augassign(p);
      if (op !== null) {
        const c = annotated_rhs(p);
        if (c === null) {
          p.mark = m;
          return null; // the cut: no other alternative
        }
        const e = p.lastNonWhitespaceToken();
        return new ast.AugAssign(a, op, c, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
    p.mark = m;
  }
  if (p.callInvalidRules) {
    inv.invalid_assignment(p);
    p.mark = m;
  }
  return null;
}

/** ['=' annotated_rhs] */
function assignedValue(p: Parser): ast.expr | null {
  const m = p.mark;
  if (p.expect(Tok.EQUAL) === null) return null;
  const d = annotated_rhs(p);
  if (d === null) p.mark = m;
  return d;
}

// python.gram: annotated_rhs
export function annotated_rhs(p: Parser): ast.expr | null {
  return yield_expr(p) ?? star_expressions(p);
}

// python.gram: augassign
export function augassign(p: Parser): ast.operator | null {
  let op: ast.operator;
  switch (p.peek()) {
    case Tok.PLUSEQUAL:
      op = 'Add';
      break;
    case Tok.MINEQUAL:
      op = 'Sub';
      break;
    case Tok.STAREQUAL:
      op = 'Mult';
      break;
    case Tok.ATEQUAL:
      op = 'MatMult';
      break;
    case Tok.SLASHEQUAL:
      op = 'Div';
      break;
    case Tok.PERCENTEQUAL:
      op = 'Mod';
      break;
    case Tok.AMPEREQUAL:
      op = 'BitAnd';
      break;
    case Tok.VBAREQUAL:
      op = 'BitOr';
      break;
    case Tok.CIRCUMFLEXEQUAL:
      op = 'BitXor';
      break;
    case Tok.LEFTSHIFTEQUAL:
      op = 'LShift';
      break;
    case Tok.RIGHTSHIFTEQUAL:
      op = 'RShift';
      break;
    case Tok.DOUBLESTAREQUAL:
      op = 'Pow';
      break;
    case Tok.DOUBLESLASHEQUAL:
      op = 'FloorDiv';
      break;
    default:
      return null;
  }
  p.mark++;
  if (op === 'MatMult' && p.featureVersion < 5) p.raiseSyntaxError("The '@' operator is only supported in Python 3.5 and greater");
  return op;
}

// python.gram: return_stmt
function return_stmt(p: Parser): ast.stmt | null {
  const s = p.peekToken();
  if (p.expect(Kw.Return) === null) return null;
  const a = star_expressions(p);
  const e = p.lastNonWhitespaceToken();
  return new ast.Return(a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// python.gram: raise_stmt
function raise_stmt(p: Parser): ast.stmt | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(Kw.Raise) === null) return null;
  const a = expression(p);
  if (a !== null) {
    let b: ast.expr | null = null;
    const m2 = p.mark;
    if (p.expect(Kw.From) !== null) {
      b = expression(p);
      if (b === null) p.mark = m2;
    }
    const e = p.lastNonWhitespaceToken();
    return new ast.Raise(a, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  }
  p.mark = m + 1;
  const e = p.lastNonWhitespaceToken();
  return new ast.Raise(null, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// python.gram: pass_stmt, break_stmt, continue_stmt
function keywordStmt(p: Parser, kw: number): ast.stmt | null {
  const t = p.expect(kw);
  if (t === null) return null;
  if (kw === Kw.Pass) return new ast.Pass(t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  if (kw === Kw.Break) return new ast.Break(t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  return new ast.Continue(t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
}

// python.gram: pass_stmt
export function pass_stmt(p: Parser): ast.stmt | null {
  return keywordStmt(p, Kw.Pass);
}

// python.gram: break_stmt
export function break_stmt(p: Parser): ast.stmt | null {
  return keywordStmt(p, Kw.Break);
}

// python.gram: continue_stmt
export function continue_stmt(p: Parser): ast.stmt | null {
  return keywordStmt(p, Kw.Continue);
}

// python.gram: global_stmt, nonlocal_stmt
function global_stmt(p: Parser, kw: number): ast.stmt | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(kw) === null) return null;
  const names: string[] = [];
  for (;;) {
    const m2 = p.mark;
    if (names.length > 0 && p.expect(Tok.COMMA) === null) break;
    const n = p.nameToken();
    if (n === null) {
      p.mark = m2;
      break;
    }
    names.push(n.id);
  }
  if (names.length === 0) {
    p.mark = m;
    return null;
  }
  const e = p.lastNonWhitespaceToken();
  if (kw === Kw.Global) return new ast.Global(names, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
  return new ast.Nonlocal(names, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// python.gram: del_stmt
function del_stmt(p: Parser): ast.stmt | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(Kw.Del) !== null) {
    const a = del_targets(p);
    if (a !== null) {
      const t = p.peek();
      if (t === Tok.SEMI || t === Tok.NEWLINE) {
        const e = p.lastNonWhitespaceToken();
        return new ast.Delete(a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
    p.mark = m;
  }
  if (p.callInvalidRules) {
    invs.invalid_del_stmt(p);
    p.mark = m;
  }
  return null;
}

// python.gram: yield_stmt
function yield_stmt(p: Parser): ast.stmt | null {
  const s = p.peekToken();
  const y = yield_expr(p);
  if (y === null) return null;
  const e = p.lastNonWhitespaceToken();
  return new ast.Expr(y, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// python.gram: assert_stmt
function assert_stmt(p: Parser): ast.stmt | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(Kw.Assert) === null) return null;
  const a = expression(p);
  if (a === null) {
    p.mark = m;
    return null;
  }
  let b: ast.expr | null = null;
  const m2 = p.mark;
  if (p.expect(Tok.COMMA) !== null) {
    b = expression(p);
    if (b === null) p.mark = m2;
  }
  const e = p.lastNonWhitespaceToken();
  return new ast.Assert(a, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// ---- imports ----

// python.gram: import_stmt
function import_stmt(p: Parser): ast.stmt | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invs.invalid_import(p);
    p.mark = m;
  }
  return import_name(p) ?? import_from(p);
}

// python.gram: import_name
function import_name(p: Parser): ast.stmt | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(Kw.Import) === null) return null;
  const a = dotted_as_names(p);
  if (a === null) {
    p.mark = m;
    return null;
  }
  const e = p.lastNonWhitespaceToken();
  return new ast.Import(a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// python.gram: import_from
function import_from(p: Parser): ast.stmt | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(Kw.From) === null) return null;
  const dots: Token[] = [];
  for (;;) {
    const t = p.peek();
    if (t !== Tok.DOT && t !== Tok.ELLIPSIS) break;
    dots.push(p.tokens[p.mark++]);
  }
  const afterDots = p.mark;
  const b = dotted_name(p);
  if (b !== null && p.expect(Kw.Import) !== null) {
    const c = import_from_targets(p);
    if (c !== null) return checkedFutureImport(p, b.id, c, countDots(dots), s, p.lastNonWhitespaceToken());
  }
  if (dots.length > 0) {
    p.mark = afterDots;
    if (p.expect(Kw.Import) !== null) {
      const c = import_from_targets(p);
      if (c !== null) {
        const e = p.lastNonWhitespaceToken();
        return new ast.ImportFrom(null, c, countDots(dots), s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
      }
    }
  }
  p.mark = m;
  return null;
}

// python.gram: import_from_targets
function import_from_targets(p: Parser): ast.alias[] | null {
  const m = p.mark;
  const s = p.peekToken();
  if (p.expect(Tok.LPAR) !== null) {
    const a = import_from_as_names(p);
    if (a !== null) {
      p.expect(Tok.COMMA);
      if (p.expect(Tok.RPAR) !== null) return a;
    }
    p.mark = m;
  }
  const b = import_from_as_names(p);
  if (b !== null) {
    if (!p.at(Tok.COMMA)) return b;
    p.mark = m;
  }
  if (p.expect(Tok.STAR) !== null) {
    const e = p.lastNonWhitespaceToken();
    return [new ast.alias('*', null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset)];
  }
  if (p.callInvalidRules) {
    invs.invalid_import_from_targets(p);
    p.mark = m;
  }
  return null;
}

// python.gram: import_from_as_names
export function import_from_as_names(p: Parser): ast.alias[] | null {
  const a = import_from_as_name(p);
  if (a === null) return null;
  const out = [a];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(Tok.COMMA) === null) break;
    const c = import_from_as_name(p);
    if (c === null) {
      p.mark = m2;
      break;
    }
    out.push(c);
  }
  return out;
}

// python.gram: import_from_as_name
function import_from_as_name(p: Parser): ast.alias | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invs.invalid_import_from_as_name(p);
    p.mark = m;
  }
  const s = p.peekToken();
  const a = p.nameToken();
  if (a === null) return null;
  const b = asName(p);
  const e = p.lastNonWhitespaceToken();
  return new ast.alias(a.id, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

/** ['as' NAME] */
function asName(p: Parser): string | null {
  const m = p.mark;
  if (p.expect(Kw.As) === null) return null;
  const z = p.nameToken();
  if (z === null) {
    p.mark = m;
    return null;
  }
  return z.id;
}

// python.gram: dotted_as_names
function dotted_as_names(p: Parser): ast.alias[] | null {
  const a = dotted_as_name(p);
  if (a === null) return null;
  const out = [a];
  for (;;) {
    const m2 = p.mark;
    if (p.expect(Tok.COMMA) === null) break;
    const c = dotted_as_name(p);
    if (c === null) {
      p.mark = m2;
      break;
    }
    out.push(c);
  }
  return out;
}

// python.gram: dotted_as_name
function dotted_as_name(p: Parser): ast.alias | null {
  const m = p.mark;
  if (p.callInvalidRules) {
    invs.invalid_dotted_as_name(p);
    p.mark = m;
  }
  const s = p.peekToken();
  const a = dotted_name(p);
  if (a === null) return null;
  const b = asName(p);
  const e = p.lastNonWhitespaceToken();
  return new ast.alias(a.id, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
}

// python.gram: dotted_name (left-recursive)
export function dotted_name(p: Parser): ast.Name | null {
  const m = p.mark;
  const memo = p.memos.dotted_name;
  const r = memo.get(m);
  if (r !== undefined) {
    p.mark = memo.endOf(m);
    return r;
  }
  let a = p.nameToken();
  if (a !== null) {
    while (p.at(Tok.DOT)) {
      const m2 = p.mark;
      p.mark++;
      const b = p.nameToken();
      if (b === null) {
        p.mark = m2;
        break;
      }
      a = joinNamesWithDot(a, b);
    }
  }
  memo.set(m, a, p.mark);
  return a;
}

// python.gram: type_expressions
function type_expressions(p: Parser): ast.expr[] | null {
  const m = p.mark;
  // a=','.expression+ followed by (',' '*' expression)? (',' '**' expression)?
  const a: ast.expr[] = [];
  for (;;) {
    const m2 = p.mark;
    if (a.length > 0 && p.expect(Tok.COMMA) === null) break;
    const x = expression(p);
    if (x === null) {
      p.mark = m2;
      break;
    }
    a.push(x);
  }
  if (a.length > 0) {
    const afterA = p.mark;
    if (p.expect(Tok.COMMA) !== null) {
      if (p.expect(Tok.STAR) !== null) {
        const b = expression(p);
        if (b !== null) {
          const afterB = p.mark;
          if (p.expect(Tok.COMMA) !== null && p.expect(Tok.DOUBLESTAR) !== null) {
            const c = expression(p);
            if (c !== null) return [...a, b, c];
          }
          p.mark = afterB;
          return [...a, b];
        }
      }
      p.mark = afterA + 1;
      if (p.expect(Tok.DOUBLESTAR) !== null) {
        const b = expression(p);
        if (b !== null) return [...a, b];
      }
    }
    p.mark = m;
  }
  if (p.expect(Tok.STAR) !== null) {
    const a1 = expression(p);
    if (a1 !== null) {
      const afterA = p.mark;
      if (p.expect(Tok.COMMA) !== null && p.expect(Tok.DOUBLESTAR) !== null) {
        const b = expression(p);
        if (b !== null) return [a1, b];
      }
      p.mark = afterA;
      return [a1];
    }
    p.mark = m;
  }
  if (p.expect(Tok.DOUBLESTAR) !== null) {
    const a1 = expression(p);
    if (a1 !== null) return [a1];
    p.mark = m;
  }
  if (a.length > 0) {
    // a=','.expression+ (re-parsed; memoized)
    const out: ast.expr[] = [];
    for (;;) {
      const m2 = p.mark;
      if (out.length > 0 && p.expect(Tok.COMMA) === null) break;
      const x = expression(p);
      if (x === null) {
        p.mark = m2;
        break;
      }
      out.push(x);
    }
    return out;
  }
  return null;
}
