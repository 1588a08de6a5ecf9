// AST preprocessing before compilation: `__debug__` becomes a constant, `'...' % (a, b)` with
// simple formats becomes an f-string, docstrings go at -OO, negative and complex literals in
// match patterns are folded, and PEP 765 warnings for return/break/continue in `finally`.
// CPython: Python/ast_preprocess.c
//
// The tree is changed in place (nodes replaced in their parents); compile() owns the tree it is given.
import * as ast from './nodes.generated.ts';
import type { PyValue } from '../objects/object.ts';
import { PyFloat } from '../objects/float.ts';
import { PyComplex } from '../objects/complex.ts';
import { CO_FUTURE_ANNOTATIONS } from '../objects/code.ts';

export interface PreprocessOptions {
  optimize: number;
  /** Future features (CO_FUTURE_ANNOTATIONS matters). */
  features: number;
  /** Only the checks (ast.parse(optimize=-1) semantics): no folding. */
  syntaxCheckOnly?: boolean;
  /** Emit the PEP 765 SyntaxWarnings (compile() does, ast.parse() does not). */
  onWarning?: (message: string, n: ast.stmt) => void;
}

interface CfContext {
  inFinally: boolean;
  inFuncdef: boolean;
  inLoop: boolean;
}

function getDocString(body: ast.stmt[]): boolean {
  const st = body[0];
  return st !== undefined && st._kind === 'Expr' && st.value._kind === 'Constant' && typeof st.value.value === 'string';
}

class Preprocessor {
  private readonly cf: CfContext[] = [];

  constructor(private readonly o: PreprocessOptions) {}

  private get futureAnnotations(): boolean {
    return (this.o.features & CO_FUTURE_ANNOTATIONS) !== 0;
  }

  private withContext(ctx: CfContext, f: () => void): void {
    this.cf.push(ctx);
    try {
      f();
    } finally {
      this.cf.pop();
    }
  }

  // CPython: before_return / before_loop_exit
  private controlFlowInFinally(kw: string, n: ast.stmt, loopExit: boolean): void {
    if (!this.o.onWarning || !this.cf.length) return;
    const ctx = this.cf[this.cf.length - 1];
    if (ctx.inFinally && !(loopExit ? ctx.inLoop : ctx.inFuncdef)) this.o.onWarning(`'${kw}' in a 'finally' block`, n);
  }

  // CPython: astfold_body
  body(stmts: ast.stmt[]): void {
    let docstring = getDocString(stmts);
    if (docstring && this.o.optimize >= 2) {
      // Remove the docstring; a lone docstring becomes `pass` (4 characters, one line).
      const d = stmts[0];
      if (stmts.length === 1) stmts[0] = new ast.Pass(d.lineno, d.col_offset, d.lineno, d.col_offset + 4);
      else stmts.splice(0, 1);
      docstring = false;
    }
    this.stmts(stmts);
    if (!docstring && getDocString(stmts)) {
      // A string that became first only now is not a docstring: wrap it in a JoinedStr.
      const st = stmts[0] as ast.Expr;
      st.value = new ast.JoinedStr([st.value], st.lineno, st.col_offset, st.end_lineno, st.end_col_offset);
    }
  }

  mod(m: ast.mod): void {
    switch (m._kind) {
      case 'Module':
        this.body(m.body);
        break;
      case 'Interactive':
        this.stmts(m.body);
        break;
      case 'Expression':
        m.body = this.expr(m.body);
        break;
      case 'FunctionType':
        break;
    }
  }

  private stmts(stmts: ast.stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  private exprs(exprs: (ast.expr | null)[]): void {
    for (let i = 0; i < exprs.length; i++) {
      const e = exprs[i];
      if (e) exprs[i] = this.expr(e);
    }
  }

  private opt(e: ast.expr | null): ast.expr | null {
    return e ? this.expr(e) : null;
  }

  private arguments(a: ast.arguments_): void {
    const annotate = (x: ast.arg | null) => {
      if (x && !this.futureAnnotations) x.annotation = this.opt(x.annotation);
    };
    a.posonlyargs.forEach(annotate);
    a.args.forEach(annotate);
    annotate(a.vararg);
    a.kwonlyargs.forEach(annotate);
    this.exprs(a.kw_defaults);
    annotate(a.kwarg);
    this.exprs(a.defaults);
  }

  private typeParams(tps: ast.type_param[]): void {
    for (const tp of tps) {
      if (tp._kind === 'TypeVar') tp.bound = this.opt(tp.bound);
      tp.default_value = this.opt(tp.default_value);
    }
  }

  // CPython: astfold_stmt
  private stmt(s: ast.stmt): void {
    switch (s._kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.typeParams(s.type_params);
        this.arguments(s.args);
        this.withContext({ inFinally: false, inFuncdef: true, inLoop: false }, () => this.body(s.body));
        this.exprs(s.decorator_list);
        if (!this.futureAnnotations) s.returns = this.opt(s.returns);
        break;
      case 'ClassDef':
        this.typeParams(s.type_params);
        this.exprs(s.bases);
        for (const k of s.keywords) k.value = this.expr(k.value);
        this.body(s.body);
        this.exprs(s.decorator_list);
        break;
      case 'Return':
        this.controlFlowInFinally('return', s, false);
        s.value = this.opt(s.value);
        break;
      case 'Delete':
        this.exprs(s.targets);
        break;
      case 'Assign':
        this.exprs(s.targets);
        s.value = this.expr(s.value);
        break;
      case 'AugAssign':
        s.target = this.expr(s.target);
        s.value = this.expr(s.value);
        break;
      case 'AnnAssign':
        s.target = this.expr(s.target);
        if (!this.futureAnnotations) s.annotation = this.expr(s.annotation);
        s.value = this.opt(s.value);
        break;
      case 'TypeAlias':
        s.name = this.expr(s.name);
        this.typeParams(s.type_params);
        s.value = this.expr(s.value);
        break;
      case 'For':
      case 'AsyncFor':
        s.target = this.expr(s.target);
        s.iter = this.expr(s.iter);
        this.withContext({ inFinally: false, inFuncdef: false, inLoop: true }, () => this.stmts(s.body));
        this.stmts(s.orelse);
        break;
      case 'While':
        s.test = this.expr(s.test);
        this.withContext({ inFinally: false, inFuncdef: false, inLoop: true }, () => this.stmts(s.body));
        this.stmts(s.orelse);
        break;
      case 'If':
        s.test = this.expr(s.test);
        this.stmts(s.body);
        this.stmts(s.orelse);
        break;
      case 'With':
      case 'AsyncWith':
        for (const item of s.items) {
          item.context_expr = this.expr(item.context_expr);
          item.optional_vars = this.opt(item.optional_vars);
        }
        this.stmts(s.body);
        break;
      case 'Raise':
        s.exc = this.opt(s.exc);
        s.cause = this.opt(s.cause);
        break;
      case 'Try':
      case 'TryStar':
        this.stmts(s.body);
        for (const h of s.handlers) {
          h.type = this.opt(h.type);
          this.stmts(h.body);
        }
        this.stmts(s.orelse);
        this.withContext({ inFinally: true, inFuncdef: false, inLoop: false }, () => this.stmts(s.finalbody));
        break;
      case 'Assert':
        s.test = this.expr(s.test);
        s.msg = this.opt(s.msg);
        break;
      case 'Expr':
        s.value = this.expr(s.value);
        break;
      case 'Match':
        s.subject = this.expr(s.subject);
        for (const m of s.cases) {
          this.pattern(m.pattern);
          m.guard = this.opt(m.guard);
          this.stmts(m.body);
        }
        break;
      case 'Break':
        this.controlFlowInFinally('break', s, true);
        break;
      case 'Continue':
        this.controlFlowInFinally('continue', s, true);
        break;
      case 'Import':
      case 'ImportFrom':
      case 'Global':
      case 'Nonlocal':
      case 'Pass':
        break;
    }
  }

  private comprehensions(gens: ast.comprehension[]): void {
    for (const g of gens) {
      g.target = this.expr(g.target);
      g.iter = this.expr(g.iter);
      this.exprs(g.ifs);
    }
  }

  // CPython: astfold_expr
  expr(e: ast.expr): ast.expr {
    switch (e._kind) {
      case 'BoolOp':
        this.exprs(e.values);
        break;
      case 'BinOp':
        e.left = this.expr(e.left);
        e.right = this.expr(e.right);
        return this.foldBinop(e);
      case 'UnaryOp':
        e.operand = this.expr(e.operand);
        break;
      case 'Lambda':
        this.arguments(e.args);
        e.body = this.expr(e.body);
        break;
      case 'IfExp':
        e.test = this.expr(e.test);
        e.body = this.expr(e.body);
        e.orelse = this.expr(e.orelse);
        break;
      case 'Dict':
        this.exprs(e.keys);
        this.exprs(e.values);
        break;
      case 'Set':
        this.exprs(e.elts);
        break;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        e.elt = this.expr(e.elt);
        this.comprehensions(e.generators);
        break;
      case 'DictComp':
        e.key = this.expr(e.key);
        e.value = this.expr(e.value);
        this.comprehensions(e.generators);
        break;
      case 'Await':
      case 'YieldFrom':
        e.value = this.expr(e.value);
        break;
      case 'Yield':
        e.value = this.opt(e.value);
        break;
      case 'Compare':
        e.left = this.expr(e.left);
        this.exprs(e.comparators);
        break;
      case 'Call':
        e.func = this.expr(e.func);
        this.exprs(e.args);
        for (const k of e.keywords) k.value = this.expr(k.value);
        break;
      case 'FormattedValue':
      case 'Interpolation':
        e.value = this.expr(e.value);
        e.format_spec = this.opt(e.format_spec);
        break;
      case 'JoinedStr':
      case 'TemplateStr':
        this.exprs(e.values);
        break;
      case 'Attribute':
        e.value = this.expr(e.value);
        break;
      case 'Subscript':
        e.value = this.expr(e.value);
        e.slice = this.expr(e.slice);
        break;
      case 'Starred':
        e.value = this.expr(e.value);
        break;
      case 'Slice':
        e.lower = this.opt(e.lower);
        e.upper = this.opt(e.upper);
        e.step = this.opt(e.step);
        break;
      case 'List':
      case 'Tuple':
        this.exprs(e.elts);
        break;
      case 'Name':
        if (!this.o.syntaxCheckOnly && e.ctx === 'Load' && e.id === '__debug__') return constant(!this.o.optimize, e);
        break;
      case 'NamedExpr':
        e.value = this.expr(e.value);
        break;
      case 'Constant':
        break;
    }
    return e;
  }

  // CPython: fold_binop (only %-formatting of a str with a tuple is done at the AST level now)
  private foldBinop(e: ast.BinOp): ast.expr {
    if (this.o.syntaxCheckOnly) return e;
    const lhs = e.left;
    const rhs = e.right;
    if (lhs._kind !== 'Constant') return e;
    if (e.op === 'Mod' && rhs._kind === 'Tuple' && typeof lhs.value === 'string' && !rhs.elts.some((x) => x._kind === 'Starred')) {
      return optimizeFormat(e, lhs.value, rhs.elts) ?? e;
    }
    return e;
  }

  // CPython: astfold_pattern (numeric literals in MatchValue and mapping keys)
  private pattern(p: ast.pattern): void {
    switch (p._kind) {
      case 'MatchValue':
        p.value = this.foldMatchValue(p.value);
        break;
      case 'MatchSequence':
        p.patterns.forEach((q) => this.pattern(q));
        break;
      case 'MatchMapping':
        for (let i = 0; i < p.keys.length; i++) p.keys[i] = this.foldMatchValue(p.keys[i]);
        p.patterns.forEach((q) => this.pattern(q));
        break;
      case 'MatchClass':
        p.cls = this.expr(p.cls);
        p.patterns.forEach((q) => this.pattern(q));
        p.kwd_patterns.forEach((q) => this.pattern(q));
        break;
      case 'MatchAs':
        if (p.pattern) this.pattern(p.pattern);
        break;
      case 'MatchOr':
        p.patterns.forEach((q) => this.pattern(q));
        break;
      case 'MatchSingleton':
      case 'MatchStar':
        break;
    }
  }

  // CPython: fold_const_match_patterns
  private foldMatchValue(e: ast.expr): ast.expr {
    if (this.o.syntaxCheckOnly) return e;
    if (e._kind === 'UnaryOp') {
      if (e.op === 'USub' && e.operand._kind === 'Constant') {
        const v = negate(e.operand.value);
        if (v !== null) return constant(v, e);
      }
    } else if (e._kind === 'BinOp') {
      if ((e.op === 'Add' || e.op === 'Sub') && e.right._kind === 'Constant') {
        e.left = this.foldMatchValue(e.left);
        if (e.left._kind === 'Constant') {
          const v = addOrSub(e.left.value, e.right.value, e.op === 'Sub');
          if (v !== null) return constant(v, e);
        }
      }
    }
    return e;
  }
}

function constant(value: PyValue, at: ast.expr): ast.Constant {
  return new ast.Constant(value, null, at.lineno, at.col_offset, at.end_lineno, at.end_col_offset);
}

function negate(v: PyValue): PyValue | null {
  if (typeof v === 'number') return v === 0 ? 0 : -v;
  if (typeof v === 'bigint') return -v >= -9007199254740991n ? Number(-v) : -v;
  if (typeof v === 'boolean') return v ? -1 : 0;
  if (v instanceof PyFloat) return new PyFloat(-v.value);
  if (v instanceof PyComplex) return new PyComplex(-v.real, -v.imag);
  return null;
}

/** The real/imaginary literal arithmetic of match patterns (`-1 + 2j`). */
function addOrSub(a: PyValue, b: PyValue, sub: boolean): PyValue | null {
  const toC = (v: PyValue): PyComplex | null => {
    if (v instanceof PyComplex) return v;
    if (v instanceof PyFloat) return new PyComplex(v.value, 0);
    if (typeof v === 'number' || typeof v === 'boolean') return new PyComplex(Number(v), 0);
    if (typeof v === 'bigint') return new PyComplex(Number(v), 0);
    return null;
  };
  if (!(b instanceof PyComplex)) {
    if (typeof a === 'number' && typeof b === 'number') {
      const r = sub ? a - b : a + b;
      return Number.isSafeInteger(r) ? r : sub ? BigInt(a) - BigInt(b) : BigInt(a) + BigInt(b);
    }
    if ((a instanceof PyFloat || typeof a === 'number') && (b instanceof PyFloat || typeof b === 'number')) {
      const x = a instanceof PyFloat ? a.value : a;
      const y = b instanceof PyFloat ? b.value : b;
      return new PyFloat(sub ? x - y : x + y);
    }
  }
  const x = toC(a);
  const y = toC(b);
  if (!x || !y) return null;
  return new PyComplex(sub ? x.real - y.real : x.real + y.real, sub ? x.imag - y.imag : x.imag + y.imag);
}

// ----- '%' formatting to f-strings ----------------------------------------------------------------

const MAXDIGITS = 3;

/** Parses a literal run of a %-format (with %% as %).  CPython: parse_literal */
function parseLiteral(fmt: string[], pos: { i: number }): ast.Constant | null {
  const start = pos.i;
  let s = '';
  while (pos.i < fmt.length) {
    if (fmt[pos.i] !== '%') {
      s += fmt[pos.i++];
    } else if (pos.i + 1 < fmt.length && fmt[pos.i + 1] === '%') {
      s += '%';
      pos.i += 2;
    } else {
      break;
    }
  }
  if (pos.i === start) return null;
  return new ast.Constant(s, null, -1, -1, -1, -1);
}

/**
 * One %-conversion: %s, %r or %a with optional '-' flag, width and precision (each at most two
 * digits); anything else is not converted.  CPython: simple_format_arg_parse + parse_format
 */
function parseFormat(fmt: string[], pos: { i: number }, arg: ast.expr): ast.FormattedValue | null {
  let p = pos.i;
  let ljust = false;
  let ch: string;
  const next = (): boolean => {
    if (p >= fmt.length) return false;
    ch = fmt[p++];
    return true;
  };
  for (;;) {
    if (!next()) return null;
    if (ch! === '-') ljust = true;
    else if (ch! === '+' || ch! === ' ' || ch! === '#' || ch! === '0') continue;
    else break;
  }
  let width = -1;
  let prec = -1;
  if (ch! >= '0' && ch! <= '9') {
    width = 0;
    let digits = 0;
    while (ch! >= '0' && ch! <= '9') {
      width = width * 10 + Number(ch!);
      if (!next()) return null;
      if (++digits >= MAXDIGITS) return null;
    }
  }
  if (ch! === '.') {
    if (!next()) return null;
    prec = 0;
    if (ch! >= '0' && ch! <= '9') {
      let digits = 0;
      while (ch! >= '0' && ch! <= '9') {
        prec = prec * 10 + Number(ch!);
        if (!next()) return null;
        if (++digits >= MAXDIGITS) return null;
      }
    }
  }
  const spec = ch!;
  pos.i = p;
  if (spec !== 's' && spec !== 'r' && spec !== 'a') return null;
  let buf = '';
  if (!ljust && width > 0) buf += '>';
  if (width >= 0) buf += String(width);
  if (prec >= 0) buf += '.' + prec;
  const formatSpec = buf ? new ast.Constant(buf, null, -1, -1, -1, -1) : null;
  return new ast.FormattedValue(arg, spec.charCodeAt(0), formatSpec, arg.lineno, arg.col_offset, arg.end_lineno, arg.end_col_offset);
}

/** `'...' % (a, b)` as a JoinedStr, or null when the format is not simple.  CPython: optimize_format */
function optimizeFormat(node: ast.BinOp, fmtStr: string, elts: ast.expr[]): ast.expr | null {
  const fmt = Array.from(fmtStr);
  const pos = { i: 0 };
  let cnt = 0;
  const seq: ast.expr[] = [];
  for (;;) {
    const lit = parseLiteral(fmt, pos);
    if (lit) seq.push(lit);
    if (pos.i >= fmt.length) break;
    if (cnt >= elts.length) return null; // more format units than items
    pos.i++; // the '%'
    const fv = parseFormat(fmt, pos, elts[cnt]);
    cnt++;
    if (!fv) return null;
    seq.push(fv);
  }
  if (cnt < elts.length) return null; // more items than format units
  return new ast.JoinedStr(seq, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset);
}

/** Preprocesses a module's AST in place.  CPython: _PyAST_Preprocess */
export function preprocess(mod: ast.mod, o: PreprocessOptions): void {
  new Preprocessor(o).mod(mod);
}
