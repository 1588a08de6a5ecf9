// Expressions back to source text, for annotations under `from __future__ import annotations`
// (PEP 563). A limited unparser: expressions only, with the minimal parentheses for precedence.
// CPython: Python/ast_unparse.c
import type * as ast from '../ast/nodes.generated.ts';
import { Ellipsis, type PyValue } from '../objects/object.ts';
import { PyFloat } from '../objects/float.ts';
import { PyComplex } from '../objects/complex.ts';
import { PyTuple } from '../objects/tuple.ts';
import { constRepr } from './consts.ts';

// Precedence levels, lowest first.
const PR_TUPLE = 0;
const PR_TEST = 1; // if-else, lambda
const PR_OR = 2;
const PR_AND = 3;
const PR_NOT = 4;
const PR_CMP = 5;
const PR_EXPR = 6;
const PR_BOR = PR_EXPR;
const PR_BXOR = 7;
const PR_BAND = 8;
const PR_SHIFT = 9;
const PR_ARITH = 10;
const PR_TERM = 11;
const PR_FACTOR = 12;
const PR_POWER = 13;
const PR_AWAIT = 14;
const PR_ATOM = 15;

const BINOP: Record<ast.operator, [string, number]> = {
  Add: [' + ', PR_ARITH],
  Sub: [' - ', PR_ARITH],
  Mult: [' * ', PR_TERM],
  MatMult: [' @ ', PR_TERM],
  Div: [' / ', PR_TERM],
  Mod: [' % ', PR_TERM],
  LShift: [' << ', PR_SHIFT],
  RShift: [' >> ', PR_SHIFT],
  BitOr: [' | ', PR_BOR],
  BitXor: [' ^ ', PR_BXOR],
  BitAnd: [' & ', PR_BAND],
  FloorDiv: [' // ', PR_TERM],
  Pow: [' ** ', PR_POWER],
};

const CMPOP: Record<ast.cmpop, string> = {
  Eq: ' == ',
  NotEq: ' != ',
  Lt: ' < ',
  LtE: ' <= ',
  Gt: ' > ',
  GtE: ' >= ',
  Is: ' is ',
  IsNot: ' is not ',
  In: ' in ',
  NotIn: ' not in ',
};

/** The source text of an annotation.  CPython: _PyAST_ExprAsUnicode */
export function unparseExpr(e: ast.expr): string {
  return expr(e, PR_TEST);
}

function paren(cond: boolean, s: string): string {
  return cond ? '(' + s + ')' : s;
}

/** repr(), with infinities written as 1e309 so that the text evaluates back.  CPython: append_repr */
function reprOf(v: PyValue): string {
  const r = constRepr(v);
  if ((v instanceof PyFloat && !Number.isFinite(v.value) && v.value === v.value) || v instanceof PyComplex) return r.split('inf').join('1e309');
  return r;
}

// CPython: append_ast_constant
function constant(v: PyValue): string {
  if (v instanceof PyTuple) return '(' + v.items.map(constant).join(', ') + (v.items.length === 1 ? ',' : '') + ')';
  return reprOf(v);
}

function arg(a: ast.arg): string {
  return a.annotation ? `${a.arg}: ${expr(a.annotation, PR_TEST)}` : a.arg;
}

// CPython: append_ast_args
function args(a: ast.arguments_): string {
  const parts: string[] = [];
  const nposonly = a.posonlyargs.length;
  const positional = [...a.posonlyargs, ...a.args];
  const ndefaults = a.defaults.length;
  positional.forEach((p, i) => {
    let s = arg(p);
    const di = i - positional.length + ndefaults;
    if (di >= 0) s += '=' + expr(a.defaults[di], PR_TEST);
    if (nposonly && i + 1 === nposonly) s += ', /';
    parts.push(s);
  });
  if (a.vararg || a.kwonlyargs.length) parts.push('*' + (a.vararg ? arg(a.vararg) : ''));
  const kwDefaults = a.kw_defaults as (ast.expr | null)[];
  a.kwonlyargs.forEach((k, i) => {
    let s = arg(k);
    const di = i - a.kwonlyargs.length + kwDefaults.length;
    if (di >= 0 && kwDefaults[di]) s += '=' + expr(kwDefaults[di]!, PR_TEST);
    parts.push(s);
  });
  if (a.kwarg) parts.push('**' + arg(a.kwarg));
  return parts.join(', ');
}

function comprehensions(gens: ast.comprehension[]): string {
  let s = '';
  for (const g of gens) {
    s += (g.is_async ? ' async for ' : ' for ') + expr(g.target, PR_TUPLE) + ' in ' + expr(g.iter, PR_TEST + 1);
    for (const cond of g.ifs) s += ' if ' + expr(cond, PR_TEST + 1);
  }
  return s;
}

function escapeBraces(s: string): string {
  return s.replace(/\{/g, '{{').replace(/\}/g, '}}');
}

// CPython: append_fstring_element
function ftElement(e: ast.expr, isFormatSpec: boolean): string {
  switch (e._kind) {
    case 'Constant':
      return escapeBraces(e.value as string);
    case 'JoinedStr':
      return joinedStr(e, isFormatSpec);
    case 'TemplateStr':
      return 't' + constRepr(e.values.map((v) => ftElement(v, false)).join(''));
    case 'FormattedValue':
      return formattedValue(e.value, e.conversion, e.format_spec, null);
    case 'Interpolation':
      return formattedValue(null, e.conversion, e.format_spec, e.str as string);
    default:
      throw new Error('unknown expression kind inside f-string or t-string');
  }
}

function joinedStr(e: ast.JoinedStr, isFormatSpec: boolean): string {
  const body = e.values.map((v) => ftElement(v, isFormatSpec)).join('');
  return isFormatSpec ? body : 'f' + constRepr(body);
}

// CPython: append_formattedvalue / append_interpolation
function formattedValue(value: ast.expr | null, conversion: number, spec: ast.expr | null, str: string | null): string {
  // Grammar allows a tuple, but lambdas with ':' need parentheses: use > PR_TEST.
  const text = str ?? expr(value!, PR_TEST + 1);
  let s = (text.startsWith('{') ? '{ ' : '{') + text;
  if (conversion >= 0) s += '!' + String.fromCharCode(conversion);
  if (spec) s += ':' + ftElement(spec, true);
  return s + '}';
}

// CPython: append_ast_expr
function expr(e: ast.expr, level: number): string {
  switch (e._kind) {
    case 'BoolOp': {
      const pr = e.op === 'And' ? PR_AND : PR_OR;
      return paren(level > pr, e.values.map((v) => expr(v, pr + 1)).join(e.op === 'And' ? ' and ' : ' or '));
    }
    case 'BinOp': {
      const [op, pr] = BINOP[e.op];
      const rassoc = e.op === 'Pow' ? 1 : 0;
      return paren(level > pr, expr(e.left, pr + rassoc) + op + expr(e.right, pr + 1 - rassoc));
    }
    case 'UnaryOp': {
      const [op, pr] = e.op === 'Not' ? ['not ', PR_NOT] : [e.op === 'Invert' ? '~' : e.op === 'UAdd' ? '+' : '-', PR_FACTOR];
      return paren(level > (pr as number), op + expr(e.operand, pr as number));
    }
    case 'Lambda': {
      const n = e.args.args.length + e.args.posonlyargs.length;
      return paren(level > PR_TEST, (n ? 'lambda ' : 'lambda') + args(e.args) + ': ' + expr(e.body, PR_TEST));
    }
    case 'IfExp':
      return paren(level > PR_TEST, `${expr(e.body, PR_TEST + 1)} if ${expr(e.test, PR_TEST + 1)} else ${expr(e.orelse, PR_TEST)}`);
    case 'Dict':
      return '{' + e.values.map((v, i) => (e.keys[i] ? `${expr(e.keys[i]!, PR_TEST)}: ${expr(v, PR_TEST)}` : '**' + expr(v, PR_EXPR))).join(', ') + '}';
    case 'Set':
      return '{' + e.elts.map((x) => expr(x, PR_TEST)).join(', ') + '}';
    case 'GeneratorExp':
      return '(' + expr(e.elt, PR_TEST) + comprehensions(e.generators) + ')';
    case 'ListComp':
      return '[' + expr(e.elt, PR_TEST) + comprehensions(e.generators) + ']';
    case 'SetComp':
      return '{' + expr(e.elt, PR_TEST) + comprehensions(e.generators) + '}';
    case 'DictComp':
      return '{' + expr(e.key, PR_TEST) + ': ' + expr(e.value, PR_TEST) + comprehensions(e.generators) + '}';
    case 'Yield':
      return e.value ? '(yield ' + expr(e.value, PR_TEST) + ')' : '(yield)';
    case 'YieldFrom':
      return '(yield from ' + expr(e.value, PR_TEST) + ')';
    case 'Await':
      return paren(level > PR_AWAIT, 'await ' + expr(e.value, PR_ATOM));
    case 'Compare': {
      let s = expr(e.left, PR_CMP + 1);
      e.ops.forEach((op, i) => (s += CMPOP[op] + expr(e.comparators[i], PR_CMP + 1)));
      return paren(level > PR_CMP, s);
    }
    case 'Call': {
      const f = expr(e.func, PR_ATOM);
      if (e.args.length === 1 && e.keywords.length === 0 && e.args[0]._kind === 'GeneratorExp') return f + expr(e.args[0], PR_TEST);
      const parts = e.args.map((a) => expr(a, PR_TEST));
      for (const k of e.keywords) parts.push((k.arg === null ? '**' : k.arg + '=') + expr(k.value, PR_TEST));
      return f + '(' + parts.join(', ') + ')';
    }
    case 'Constant':
      if (e.value === Ellipsis) return '...';
      return (e.kind ?? '') + constant(e.value);
    case 'JoinedStr':
      return joinedStr(e, false);
    case 'TemplateStr':
    case 'FormattedValue':
    case 'Interpolation':
      return ftElement(e, false);
    case 'Attribute': {
      const v = e.value;
      // An int needs a space before the dot.
      const intConst = v._kind === 'Constant' && (typeof v.value === 'number' || typeof v.value === 'bigint');
      return expr(v, PR_ATOM) + (intConst ? ' .' : '.') + e.attr;
    }
    case 'Subscript':
      return expr(e.value, PR_ATOM) + '[' + expr(e.slice, PR_TUPLE) + ']';
    case 'Starred':
      return '*' + expr(e.value, PR_EXPR);
    case 'Slice':
      return (e.lower ? expr(e.lower, PR_TEST) : '') + ':' + (e.upper ? expr(e.upper, PR_TEST) : '') + (e.step ? ':' + expr(e.step, PR_TEST) : '');
    case 'Name':
      return e.id;
    case 'List':
      return '[' + e.elts.map((x) => expr(x, PR_TEST)).join(', ') + ']';
    case 'Tuple':
      if (!e.elts.length) return '()';
      return paren(level > PR_TUPLE, e.elts.map((x) => expr(x, PR_TEST)).join(', ') + (e.elts.length === 1 ? ',' : ''));
    case 'NamedExpr':
      return paren(level > PR_TUPLE, expr(e.target, PR_ATOM) + ' := ' + expr(e.value, PR_ATOM));
  }
}
