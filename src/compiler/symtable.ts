// The symbol table: which names each scope binds, uses, declares global or nonlocal, and (after
// analysis, symtable-analyze.ts) whether each is local, global, free or a cell.  CPython: Python/symtable.c
//
// The first pass below walks the AST and records raw facts per block (module, class, function,
// lambda, comprehension, annotation scope, type-parameter scope, type alias, type variable bound).
// Blocks are found again by the compiler through the AST node that created them (see `lookup`).
import * as ast from '../ast/nodes.generated.ts';
import { CO_FUTURE_ANNOTATIONS } from '../objects/code.ts';
import { syntaxError, locOf, type Location } from './errors.ts';
import { analyze } from './symtable-analyze.ts';
import { PyCF_ALLOW_TOP_LEVEL_AWAIT } from './flags.ts';

export const enum BlockType {
  Function,
  Class,
  Module,
  /** PEP 649 annotation scope (`__annotate__`). */
  Annotation,
  /** `type X = ...` value. */
  TypeAlias,
  /** The scope holding the type parameters of a generic function, class or alias. */
  TypeParameters,
  /** The bound, constraints or default of one type variable. */
  TypeVariable,
}

export const enum Comprehension {
  None = 0,
  List = 1,
  Dict = 2,
  Set = 3,
  Generator = 4,
}

// Flags recorded per name.  CPython: Include/internal/pycore_symtable.h
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 16;
export const DEF_FREE_CLASS = 64;
export const DEF_IMPORT = 128;
export const DEF_ANNOT = 256;
export const DEF_COMP_ITER = 512;
export const DEF_TYPE_PARAM = 1024;
export const DEF_COMP_CELL = 2048;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

// Scopes, stored in bits 12-15 of a name's flags after analysis.
export const SCOPE_OFFSET = 12;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export function symbolToScope(flags: number): number {
  return (flags >> SCOPE_OFFSET) & SCOPE_MASK;
}

/** One scope.  CPython: PySTEntryObject */
export class SymtableEntry {
  /** name -> flags (DEF_* | scope << SCOPE_OFFSET), in insertion order. */
  symbols = new Map<string, number>();
  /** Parameters, in order. */
  varnames: string[] = [];
  children: SymtableEntry[] = [];
  /** global/nonlocal statements: name and location, for error positions. */
  directives: [string, Location][] | null = null;
  /** In the type-parameter scope of a generic class: the names that are mangled. */
  mangledNames: Set<string> | null = null;
  scopeInfo: string | null = null;
  nested = false;
  generator = false;
  coroutine = false;
  annotationsUsed = false;
  comprehension: Comprehension = Comprehension.None;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  needsClassdict = false;
  compInlined = false;
  compIterTarget = false;
  canSeeClassScope = false;
  hasDocstring = false;
  method = false;
  hasConditionalAnnotations = false;
  inConditionalBlock = false;
  inUnevaluatedAnnotation = false;
  compIterExpr = 0;
  annotationBlock: SymtableEntry | null = null;

  constructor(
    public readonly name: string,
    public readonly type: BlockType,
    public readonly loc: Location,
  ) {}

  /** The flags of `name`, 0 if unknown.  CPython: _PyST_GetSymbol */
  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** The scope of `name`, 0 if unknown.  CPython: _PyST_GetScope */
  getScope(name: string): number {
    return symbolToScope(this.getSymbol(name));
  }

  /** Functions, lambdas, comprehensions and every annotation or type scope.  CPython: _PyST_IsFunctionLike */
  get isFunctionLike(): boolean {
    return this.type !== BlockType.Class && this.type !== BlockType.Module;
  }
}

/** The key under which the scope of a TypeVar default is found (CPython uses the node address + 1). */
const defaultKeys = new WeakMap<object, object>();
export function typeParamDefaultKey(tp: ast.type_param): object {
  let k = defaultKeys.get(tp);
  if (!k) defaultKeys.set(tp, (k = { defaultOf: tp }));
  return k;
}

/** The built symbol table.  CPython: struct symtable */
export class Symtable {
  readonly blocks = new Map<object, SymtableEntry>();
  top!: SymtableEntry;

  /** The scope created for an AST node (a def, class, lambda, comprehension, type params list...). */
  lookup(key: object): SymtableEntry {
    const e = this.blocks.get(key);
    if (!e) throw new Error('unknown symbol table entry');
    return e;
  }

  lookupOptional(key: object): SymtableEntry | undefined {
    return this.blocks.get(key);
  }
}

/** Future features and compiler flags relevant to the symbol table. */
export interface FutureFeatures {
  features: number;
  /** Location of the last `from __future__` import, or lineno -1. */
  location: Location;
}

// Error messages.  CPython: Python/symtable.c
const NAMED_EXPR_COMP_IN_CLASS = 'assignment expression within a comprehension cannot be used in a class body';
const NAMED_EXPR_COMP_IN_TYPEVAR_BOUND = 'assignment expression within a comprehension cannot be used in a TypeVar bound';
const NAMED_EXPR_COMP_IN_TYPEALIAS = 'assignment expression within a comprehension cannot be used in a type alias';
const NAMED_EXPR_COMP_IN_TYPEPARAM = 'assignment expression within a comprehension cannot be used within the definition of a generic';
const NAMED_EXPR_COMP_ITER_EXPR = 'assignment expression cannot be used in a comprehension iterable expression';

/**
 * Name mangling: `__x` in class `C` becomes `_C__x`; dunder names, dotted names and classes made of
 * underscores only are left alone.  CPython: _Py_Mangle
 */
export function mangle(privateName: string | null, ident: string): string {
  if (privateName === null || ident.charCodeAt(0) !== 95 || ident.charCodeAt(1) !== 95) return ident;
  const n = ident.length;
  if ((ident.charCodeAt(n - 1) === 95 && ident.charCodeAt(n - 2) === 95) || ident.includes('.')) return ident;
  let i = 0;
  while (i < privateName.length && privateName.charCodeAt(i) === 95) i++;
  if (i === privateName.length) return ident;
  return '_' + privateName.slice(i) + ident;
}

/** Mangling, except that in a generic class's type-parameter scope only type parameters are mangled.  CPython: _Py_MaybeMangle */
export function maybeMangle(privateName: string | null, ste: SymtableEntry, name: string): string {
  if (ste.mangledNames !== null && !ste.mangledNames.has(name)) return name;
  return mangle(privateName, name);
}

/** The docstring of a body, if its first statement is a string constant.  CPython: _PyAST_GetDocString */
export function getDocString(body: ast.stmt[]): string | null {
  if (body.length === 0) return null;
  const st = body[0];
  if (st._kind !== 'Expr') return null;
  const e = st.value;
  if (e._kind === 'Constant' && typeof e.value === 'string') return e.value;
  return null;
}

/** Builds and analyses the symbol table of a module.  CPython: _PySymtable_Build */
export function buildSymtable(mod: ast.mod, filename: string, future: FutureFeatures): Symtable {
  const b = new SymtableBuilder(filename, future);
  b.build(mod);
  analyze(b.table, filename);
  return b.table;
}

class SymtableBuilder {
  readonly table = new Symtable();
  private stack: SymtableEntry[] = [];
  private cur!: SymtableEntry;
  private global!: Map<string, number>;
  private privateName: string | null = null;

  constructor(
    private readonly filename: string,
    private readonly future: FutureFeatures,
  ) {}

  private error(msg: string, l: Location): never {
    throw syntaxError(msg, this.filename, l);
  }

  build(mod: ast.mod): void {
    this.enterBlock('top', BlockType.Module, mod, { lineno: 0, end_lineno: 0, col_offset: 0, end_col_offset: 0 });
    this.table.top = this.cur;
    switch (mod._kind) {
      case 'Module':
        if (getDocString(mod.body) !== null) this.cur.hasDocstring = true;
        for (const s of mod.body) this.visitStmt(s);
        break;
      case 'Expression':
        this.visitExpr(mod.body);
        break;
      case 'Interactive':
        for (const s of mod.body) this.visitStmt(s);
        break;
      case 'FunctionType':
        throw new Error('this compiler does not handle FunctionTypes');
    }
    this.exitBlock();
  }

  // ----- blocks -------------------------------------------------------------------------------

  private newEntry(name: string, type: BlockType, key: object, l: Location): SymtableEntry {
    const ste = new SymtableEntry(name, type, locOf(l));
    const cur = this.stack.length ? this.cur : null;
    if (cur && (cur.nested || cur.isFunctionLike)) ste.nested = true;
    if (cur && cur.type === BlockType.Class && type === BlockType.Function) ste.method = true;
    this.table.blocks.set(key, ste);
    return ste;
  }

  // CPython: symtable_enter_existing_block
  private enterExisting(ste: SymtableEntry, addToChildren: boolean): void {
    const prev = this.stack.length ? this.cur : null;
    this.stack.push(ste);
    if (prev) ste.compIterExpr = prev.compIterExpr;
    if (prev && prev.mangledNames !== null && ste.type !== BlockType.Class) ste.mangledNames = prev.mangledNames;
    this.cur = ste;
    if (this.future.features & CO_FUTURE_ANNOTATIONS && ste.type === BlockType.Annotation) return;
    if (ste.type === BlockType.Module) this.global = ste.symbols;
    if (addToChildren && prev) prev.children.push(ste);
  }

  // CPython: symtable_enter_block
  private enterBlock(name: string, type: BlockType, key: object, l: Location): void {
    this.enterExisting(this.newEntry(name, type, key, l), true);
    if (type === BlockType.Annotation || type === BlockType.TypeVariable || type === BlockType.TypeAlias) {
      this.addDef('.format', DEF_PARAM, l);
      this.addDef('.format', USE, l);
    }
  }

  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1];
  }

  // ----- definitions --------------------------------------------------------------------------

  private lookupIn(ste: SymtableEntry, name: string): number {
    return ste.getSymbol(maybeMangle(this.privateName, ste, name));
  }

  // CPython: symtable_add_def_helper
  private addDefHelper(name: string, flag: number, ste: SymtableEntry, l: Location): void {
    const mangled = maybeMangle(this.privateName, this.cur, name);
    const dict = ste.symbols;
    let val = dict.get(mangled);
    if (val !== undefined) {
      if (flag & DEF_PARAM && val & DEF_PARAM) this.error(`duplicate argument '${name}' in function definition`, l);
      if (flag & DEF_TYPE_PARAM && val & DEF_TYPE_PARAM) this.error(`duplicate type parameter '${name}'`, l);
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      // An iteration variable of a comprehension: check for a conflict with named expressions.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) this.error(`comprehension inner loop cannot rebind assignment expression target '${name}'`, l);
      val |= DEF_COMP_ITER;
    }
    dict.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.global.set(mangled, (this.global.get(mangled) ?? 0) | flag);
    }
  }

  // CPython: check_name
  private checkName(name: string, l: Location, ctx: ast.expr_context): void {
    if (name === '__debug__') {
      if (ctx === 'Store') this.error('cannot assign to __debug__', l);
      if (ctx === 'Del') this.error('cannot delete __debug__', l);
    }
  }

  private checkKeywords(keywords: ast.keyword[]): void {
    for (const k of keywords) if (k.arg !== null) this.checkName(k.arg, k, 'Store');
  }

  // CPython: symtable_add_def_ctx
  private addDefCtx(name: string, flag: number, l: Location, ctx: ast.expr_context): void {
    if (flag & (DEF_PARAM | DEF_LOCAL | DEF_IMPORT)) this.checkName(name, l, ctx);
    if (flag & DEF_TYPE_PARAM && this.cur.mangledNames !== null) this.cur.mangledNames.add(name);
    this.addDefHelper(name, flag, this.cur, l);
  }

  private addDef(name: string, flag: number, l: Location): void {
    this.addDefCtx(name, flag, l, flag === USE ? 'Load' : 'Store');
  }

  private recordDirective(name: string, l: Location): void {
    (this.cur.directives ??= []).push([maybeMangle(this.privateName, this.cur, name), locOf(l)]);
  }

  // CPython: symtable_enter_type_param_block
  private enterTypeParamBlock(name: string, key: object, hasDefaults: boolean, hasKwDefaults: boolean, kind: string, l: Location): void {
    const currentType = this.cur.type;
    this.enterBlock(name, BlockType.TypeParameters, key, l);
    if (currentType === BlockType.Class) {
      this.cur.canSeeClassScope = true;
      this.addDef('__classdict__', USE, l);
    }
    if (kind === 'ClassDef') {
      this.addDef('.type_params', DEF_LOCAL, l);
      this.addDef('.type_params', USE, l);
      this.addDef('.generic_base', DEF_LOCAL, l);
      this.addDef('.generic_base', USE, l);
    }
    if (hasDefaults) this.addDef('.defaults', DEF_PARAM, l);
    if (hasKwDefaults) this.addDef('.kwdefaults', DEF_PARAM, l);
  }

  private get allowsTopLevelAwait(): boolean {
    return (this.future.features & PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0 && this.cur.type === BlockType.Module;
  }

  private get isAsyncDef(): boolean {
    return this.cur.type === BlockType.Function && this.cur.coroutine;
  }

  // ----- statements ---------------------------------------------------------------------------

  private inConditional(f: () => void): void {
    const saved = this.cur.inConditionalBlock;
    this.cur.inConditionalBlock = true;
    f();
    this.cur.inConditionalBlock = saved;
  }

  private visitStmts(stmts: ast.stmt[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  private visitExprs(exprs: (ast.expr | null)[]): void {
    for (const e of exprs) if (e) this.visitExpr(e);
  }

  // CPython: symtable_visit_stmt
  private visitStmt(s: ast.stmt): void {
    switch (s._kind) {
      case 'FunctionDef':
      case 'AsyncFunctionDef':
        this.visitFunctionDef(s);
        break;
      case 'ClassDef':
        this.visitClassDef(s);
        break;
      case 'TypeAlias': {
        this.visitExpr(s.name);
        const name = (s.name as ast.Name).id;
        const isInClass = this.cur.type === BlockType.Class;
        const isGeneric = s.type_params.length > 0;
        if (isGeneric) {
          this.enterTypeParamBlock(name, s.type_params, false, false, 'TypeAlias', s);
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.enterBlock(name, BlockType.TypeAlias, s, s);
        this.cur.canSeeClassScope = isInClass;
        if (isInClass) this.addDef('__classdict__', USE, s.value);
        this.visitExpr(s.value);
        this.exitBlock();
        if (isGeneric) this.exitBlock();
        break;
      }
      case 'Return':
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case 'Delete':
        this.visitExprs(s.targets);
        break;
      case 'Assign':
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case 'AnnAssign':
        this.visitAnnAssign(s);
        break;
      case 'AugAssign':
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case 'For':
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.inConditional(() => {
          this.visitStmts(s.body);
          this.visitStmts(s.orelse);
        });
        break;
      case 'While':
        this.visitExpr(s.test);
        this.inConditional(() => {
          this.visitStmts(s.body);
          this.visitStmts(s.orelse);
        });
        break;
      case 'If':
        this.visitExpr(s.test);
        this.inConditional(() => {
          this.visitStmts(s.body);
          this.visitStmts(s.orelse);
        });
        break;
      case 'Match':
        this.visitExpr(s.subject);
        this.inConditional(() => {
          for (const m of s.cases) {
            this.visitPattern(m.pattern);
            if (m.guard) this.visitExpr(m.guard);
            this.visitStmts(m.body);
          }
        });
        break;
      case 'Raise':
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case 'Try':
      case 'TryStar':
        this.inConditional(() => {
          this.visitStmts(s.body);
          for (const h of s.handlers) {
            if (h.type) this.visitExpr(h.type);
            if (h.name) this.addDef(h.name, DEF_LOCAL, h);
            this.visitStmts(h.body);
          }
          this.visitStmts(s.orelse);
          this.visitStmts(s.finalbody);
        });
        break;
      case 'Assert':
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case 'Import':
        for (const a of s.names) this.visitAlias(a);
        break;
      case 'ImportFrom':
        for (const a of s.names) this.visitAlias(a);
        this.checkImportFrom(s);
        break;
      case 'Global':
      case 'Nonlocal':
        this.visitGlobalOrNonlocal(s);
        break;
      case 'Expr':
        this.visitExpr(s.value);
        break;
      case 'Pass':
      case 'Break':
      case 'Continue':
        break;
      case 'With':
        this.inConditional(() => {
          for (const item of s.items) this.visitWithItem(item);
          this.visitStmts(s.body);
        });
        break;
      case 'AsyncWith':
        if (this.allowsTopLevelAwait) this.cur.coroutine = true;
        if (!this.cur.coroutine) this.error("'async with' outside async function", s);
        this.inConditional(() => {
          for (const item of s.items) this.visitWithItem(item);
          this.visitStmts(s.body);
        });
        break;
      case 'AsyncFor':
        if (this.allowsTopLevelAwait) this.cur.coroutine = true;
        if (!this.cur.coroutine) this.error("'async for' outside async function", s);
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.inConditional(() => {
          this.visitStmts(s.body);
          this.visitStmts(s.orelse);
        });
        break;
    }
  }

  private visitFunctionDef(s: ast.FunctionDef | ast.AsyncFunctionDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    const args = s.args;
    this.visitExprs(args.defaults);
    this.visitExprs(args.kw_defaults);
    this.visitExprs(s.decorator_list);
    const generic = s.type_params.length > 0;
    if (generic) {
      const hasKwDefaults = (args.kw_defaults as (ast.expr | null)[]).some((d, i) => i < args.kwonlyargs.length && d !== null);
      // CPython tests `args->defaults != NULL`, true for every parsed function, even without defaults.
      this.enterTypeParamBlock(s.name, s.type_params, true, hasKwDefaults, 'FunctionDef', s);
      for (const tp of s.type_params) this.visitTypeParam(tp);
    }
    const ste = this.newEntry(s.name, BlockType.Function, s, s);
    if (getDocString(s.body) !== null) ste.hasDocstring = true;
    this.visitAnnotations(s, args, s.returns);
    this.enterExisting(ste, true);
    if (s._kind === 'AsyncFunctionDef') this.cur.coroutine = true;
    this.visitArguments(args);
    this.visitStmts(s.body);
    this.exitBlock();
    if (generic) this.exitBlock();
  }

  private visitClassDef(s: ast.ClassDef): void {
    this.addDef(s.name, DEF_LOCAL, s);
    this.visitExprs(s.decorator_list);
    const saved = this.privateName;
    const generic = s.type_params.length > 0;
    if (generic) {
      this.enterTypeParamBlock(s.name, s.type_params, false, false, 'ClassDef', s);
      this.privateName = s.name;
      this.cur.mangledNames = new Set();
      for (const tp of s.type_params) this.visitTypeParam(tp);
    }
    this.visitExprs(s.bases);
    this.checkKeywords(s.keywords);
    for (const k of s.keywords) this.visitExpr(k.value);
    this.enterBlock(s.name, BlockType.Class, s, s);
    this.privateName = s.name;
    if (generic) {
      this.addDef('__type_params__', DEF_LOCAL, s);
      this.addDef('.type_params', USE, s);
    }
    if (getDocString(s.body) !== null) this.cur.hasDocstring = true;
    this.visitStmts(s.body);
    this.exitBlock();
    if (generic) this.exitBlock();
    this.privateName = saved;
  }

  private visitAnnAssign(s: ast.AnnAssign): void {
    this.cur.annotationsUsed = true;
    const target = s.target;
    if (target._kind === 'Name') {
      const cur = this.lookupIn(this.cur, target.id);
      if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== this.global && s.simple) {
        this.error(`annotated name '${target.id}' can't be ${cur & DEF_GLOBAL ? 'global' : 'nonlocal'}`, s);
      }
      if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
      else if (s.value) this.addDef(target.id, DEF_LOCAL, target);
    } else {
      this.visitExpr(target);
    }
    this.visitAnnotation(s.annotation, this.cur);
    if (s.value) this.visitExpr(s.value);
  }

  private visitGlobalOrNonlocal(s: ast.Global | ast.Nonlocal): void {
    const kw = s._kind === 'Global' ? 'global' : 'nonlocal';
    for (const name of s.names) {
      const cur = this.lookupIn(this.cur, name);
      if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
        let msg: string;
        if (cur & DEF_PARAM) msg = `name '${name}' is parameter and ${kw}`;
        else if (cur & USE) msg = `name '${name}' is used prior to ${kw} declaration`;
        else if (cur & DEF_ANNOT) msg = `annotated name '${name}' can't be ${kw}`;
        else msg = `name '${name}' is assigned to before ${kw} declaration`;
        this.error(msg, s);
      }
      this.addDef(name, s._kind === 'Global' ? DEF_GLOBAL : DEF_NONLOCAL, s);
      this.recordDirective(name, s);
    }
  }

  // CPython: check_import_from
  private checkImportFrom(s: ast.ImportFrom): void {
    const fut = this.future.location;
    if (
      s.module === '__future__' &&
      s.level === 0 &&
      (s.lineno > fut.lineno || (s.lineno === fut.end_lineno && s.col_offset > fut.end_col_offset))
    ) {
      this.error('from __future__ imports must occur at the beginning of the file', s);
    }
  }

  // CPython: symtable_visit_alias
  private visitAlias(a: ast.alias): void {
    const name = a.asname ?? a.name;
    const dot = name.indexOf('.');
    const storeName = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== '*') {
      this.addDef(storeName, DEF_IMPORT, a);
    } else if (this.cur.type !== BlockType.Module) {
      this.error('import * only allowed at module level', a);
    }
  }

  private visitWithItem(item: ast.withitem): void {
    this.visitExpr(item.context_expr);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
  }

  // ----- expressions --------------------------------------------------------------------------

  // CPython: symtable_visit_expr
  private visitExpr(e: ast.expr): void {
    switch (e._kind) {
      case 'NamedExpr':
        this.raiseIfAnnotationBlock('named expression', e);
        this.handleNamedExpr(e);
        break;
      case 'BoolOp':
        this.visitExprs(e.values);
        break;
      case 'BinOp':
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case 'UnaryOp':
        this.visitExpr(e.operand);
        break;
      case 'Lambda':
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlock('lambda', BlockType.Function, e, e);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case 'IfExp':
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case 'Dict':
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case 'Set':
        this.visitExprs(e.elts);
        break;
      case 'GeneratorExp':
        this.handleComprehension(e, 'genexpr', e.generators, e.elt, null);
        break;
      case 'ListComp':
        this.handleComprehension(e, 'listcomp', e.generators, e.elt, null);
        break;
      case 'SetComp':
        this.handleComprehension(e, 'setcomp', e.generators, e.elt, null);
        break;
      case 'DictComp':
        this.handleComprehension(e, 'dictcomp', e.generators, e.key, e.value);
        break;
      case 'Yield':
      case 'YieldFrom':
        this.raiseIfAnnotationBlock('yield expression', e);
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension) this.raiseComprehensionYield(e);
        break;
      case 'Await':
        this.raiseIfAnnotationBlock('await expression', e);
        if (!this.allowsTopLevelAwait) {
          if (!this.cur.isFunctionLike) this.error("'await' outside function", e);
          if (!this.isAsyncDef && this.cur.comprehension === Comprehension.None) this.error("'await' outside async function", e);
        }
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case 'Compare':
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case 'Call':
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        this.checkKeywords(e.keywords);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case 'FormattedValue':
      case 'Interpolation':
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case 'JoinedStr':
      case 'TemplateStr':
        this.visitExprs(e.values);
        break;
      case 'Constant':
        break;
      case 'Attribute':
        this.checkName(e.attr, e, e.ctx);
        this.visitExpr(e.value);
        break;
      case 'Subscript':
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case 'Starred':
        this.visitExpr(e.value);
        break;
      case 'Slice':
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case 'Name':
        if (!this.cur.inUnevaluatedAnnotation) {
          this.addDefCtx(e.id, e.ctx === 'Load' ? USE : DEF_LOCAL, e, e.ctx);
          // super() counts as a use of __class__.
          if (e.ctx === 'Load' && this.cur.isFunctionLike && e.id === 'super') this.addDef('__class__', USE, e);
        }
        break;
      case 'List':
      case 'Tuple':
        this.visitExprs(e.elts);
        break;
    }
  }

  // CPython: symtable_handle_namedexpr
  private handleNamedExpr(e: ast.NamedExpr): void {
    if (this.cur.compIterExpr > 0) this.error(NAMED_EXPR_COMP_ITER_EXPR, e);
    if (this.cur.comprehension) this.extendNamedExprScope(e.target as ast.Name);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  // CPython: symtable_extend_namedexpr_scope
  private extendNamedExprScope(e: ast.Name): void {
    const name = e.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      if (ste.comprehension) {
        const f = this.lookupIn(ste, name);
        if (f & DEF_COMP_ITER && f & DEF_LOCAL) this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, e);
        continue;
      }
      if (ste.type === BlockType.Function) {
        const f = this.lookupIn(ste, name);
        this.addDef(name, f & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, e);
        this.recordDirective(name, e);
        this.addDefHelper(name, DEF_LOCAL, ste, e);
        return;
      }
      if (ste.type === BlockType.Module) {
        this.addDef(name, DEF_GLOBAL, e);
        this.recordDirective(name, e);
        this.addDefHelper(name, DEF_GLOBAL, ste, e);
        return;
      }
      switch (ste.type) {
        case BlockType.Class:
          this.error(NAMED_EXPR_COMP_IN_CLASS, e);
        case BlockType.TypeParameters:
          this.error(NAMED_EXPR_COMP_IN_TYPEPARAM, e);
        case BlockType.TypeAlias:
          this.error(NAMED_EXPR_COMP_IN_TYPEALIAS, e);
        case BlockType.TypeVariable:
          this.error(NAMED_EXPR_COMP_IN_TYPEVAR_BOUND, e);
      }
    }
    throw new Error('unreachable: no scope for an assignment expression');
  }

  // CPython: symtable_raise_if_annotation_block
  private raiseIfAnnotationBlock(name: string, e: ast.expr): void {
    switch (this.cur.type) {
      case BlockType.Annotation:
        this.error(`${name} cannot be used within an annotation`, e);
      case BlockType.TypeVariable:
        this.error(`${name} cannot be used within ${this.cur.scopeInfo}`, e);
      case BlockType.TypeAlias:
        this.error(`${name} cannot be used within a type alias`, e);
      case BlockType.TypeParameters:
        this.error(`${name} cannot be used within the definition of a generic`, e);
    }
  }

  private raiseComprehensionYield(e: ast.expr): never {
    const kind = this.cur.comprehension;
    this.error(
      kind === Comprehension.List
        ? "'yield' inside list comprehension"
        : kind === Comprehension.Set
          ? "'yield' inside set comprehension"
          : kind === Comprehension.Dict
            ? "'yield' inside dict comprehension"
            : "'yield' inside generator expression",
      e,
    );
  }

  // CPython: symtable_handle_comprehension
  private handleComprehension(e: ast.expr, scopeName: string, generators: ast.comprehension[], elt: ast.expr, value: ast.expr | null): void {
    const isGenerator = e._kind === 'GeneratorExp';
    const outermost = generators[0];
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, BlockType.Function, e, e);
    this.cur.comprehension =
      e._kind === 'ListComp'
        ? Comprehension.List
        : e._kind === 'SetComp'
          ? Comprehension.Set
          : e._kind === 'DictComp'
            ? Comprehension.Dict
            : Comprehension.Generator;
    if (outermost.is_async) this.cur.coroutine = true;
    // The outermost iterator is received as the implicit argument ".0".
    this.addDef('.0', DEF_PARAM, this.cur.loc);
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) this.visitComprehension(generators[i]);
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    this.cur.generator = isGenerator;
    const isAsync = this.cur.coroutine && !isGenerator;
    this.exitBlock();
    if (isAsync && !this.isAsyncDef && (this.cur.comprehension as Comprehension) === Comprehension.None && !this.allowsTopLevelAwait) {
      this.error('asynchronous comprehension outside of an asynchronous function', e);
    }
    if (isAsync) this.cur.coroutine = true;
  }

  // CPython: symtable_visit_comprehension
  private visitComprehension(lc: ast.comprehension): void {
    this.cur.compIterTarget = true;
    this.visitExpr(lc.target);
    this.cur.compIterTarget = false;
    this.cur.compIterExpr++;
    this.visitExpr(lc.iter);
    this.cur.compIterExpr--;
    this.visitExprs(lc.ifs);
    if (lc.is_async) this.cur.coroutine = true;
  }

  // ----- parameters, annotations, type parameters ---------------------------------------------

  private visitParams(args: ast.arg[]): void {
    for (const a of args) this.addDef(a.arg, DEF_PARAM, a);
  }

  // CPython: symtable_visit_arguments
  private visitArguments(a: ast.arguments_): void {
    this.visitParams(a.posonlyargs);
    this.visitParams(a.args);
    this.visitParams(a.kwonlyargs);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  // CPython: symtable_visit_annotation (the annotation of an AnnAssign)
  private visitAnnotation(annotation: ast.expr, parent: SymtableEntry): void {
    // Annotations in function bodies are never evaluated and do not affect the table.
    const isUnevaluated = this.cur.type === BlockType.Function;
    // Module-level annotations are conditional: the module may be partly executed.
    if (
      ((this.cur.type === BlockType.Class && this.cur.inConditionalBlock) || this.cur.type === BlockType.Module) &&
      !this.cur.hasConditionalAnnotations
    ) {
      this.cur.hasConditionalAnnotations = true;
      this.addDef('__conditional_annotations__', USE, annotation);
    }
    if (parent.annotationBlock === null) {
      const currentType = parent.type;
      this.enterBlock('__annotate__', BlockType.Annotation, { annotationsOf: parent }, annotation);
      parent.annotationBlock = this.cur;
      if (currentType === BlockType.Class && !(this.future.features & CO_FUTURE_ANNOTATIONS)) {
        this.cur.canSeeClassScope = true;
        parent.needsClassdict = true;
        this.addDef('__classdict__', USE, annotation);
      }
    } else {
      this.enterExisting(parent.annotationBlock, false);
    }
    if (isUnevaluated) this.cur.inUnevaluatedAnnotation = true;
    try {
      this.visitExpr(annotation);
    } finally {
      if (isUnevaluated) this.cur.inUnevaluatedAnnotation = false;
    }
    this.exitBlock();
  }

  private visitArgAnnotations(args: ast.arg[]): void {
    for (const a of args) {
      if (a.annotation) {
        this.cur.annotationsUsed = true;
        this.visitExpr(a.annotation);
      }
    }
  }

  // CPython: symtable_visit_annotations (the annotations of a def, in their own scope)
  private visitAnnotations(s: ast.stmt, a: ast.arguments_, returns: ast.expr | null): void {
    const isInClass = this.cur.canSeeClassScope;
    const currentType = this.cur.type;
    this.enterBlock('__annotate__', BlockType.Annotation, a, s);
    if (isInClass || currentType === BlockType.Class) {
      this.cur.canSeeClassScope = true;
      this.addDef('__classdict__', USE, s);
    }
    this.visitArgAnnotations(a.posonlyargs);
    this.visitArgAnnotations(a.args);
    if (a.vararg?.annotation) {
      this.cur.annotationsUsed = true;
      this.visitExpr(a.vararg.annotation);
    }
    if (a.kwarg?.annotation) {
      this.cur.annotationsUsed = true;
      this.visitExpr(a.kwarg.annotation);
    }
    this.visitArgAnnotations(a.kwonlyargs);
    if (returns) {
      this.cur.annotationsUsed = true;
      this.visitExpr(returns);
    }
    this.exitBlock();
  }

  // CPython: symtable_visit_type_param_bound_or_default
  private visitTypeParamBoundOrDefault(e: ast.expr | null, name: string, tp: ast.type_param, key: object, scopeInfo: string): void {
    if (name === '__classdict__') this.error(`reserved name '${name}' cannot be used for type parameter`, tp);
    if (e) {
      const isInClass = this.cur.canSeeClassScope;
      this.enterBlock(name, BlockType.TypeVariable, key, e);
      this.cur.canSeeClassScope = isInClass;
      if (isInClass) this.addDef('__classdict__', USE, e);
      this.cur.scopeInfo = scopeInfo;
      this.visitExpr(e);
      this.exitBlock();
    }
  }

  // CPython: symtable_visit_type_param
  private visitTypeParam(tp: ast.type_param): void {
    this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
    switch (tp._kind) {
      case 'TypeVar': {
        const info = tp.bound ? (tp.bound._kind === 'Tuple' ? 'a TypeVar constraint' : 'a TypeVar bound') : '';
        this.visitTypeParamBoundOrDefault(tp.bound, tp.name, tp, tp, info);
        this.visitTypeParamBoundOrDefault(tp.default_value, tp.name, tp, typeParamDefaultKey(tp), 'a TypeVar default');
        break;
      }
      case 'TypeVarTuple':
        this.visitTypeParamBoundOrDefault(tp.default_value, tp.name, tp, tp, 'a TypeVarTuple default');
        break;
      case 'ParamSpec':
        this.visitTypeParamBoundOrDefault(tp.default_value, tp.name, tp, tp, 'a ParamSpec default');
        break;
    }
  }

  // CPython: symtable_visit_pattern
  private visitPattern(p: ast.pattern): void {
    switch (p._kind) {
      case 'MatchValue':
        this.visitExpr(p.value);
        break;
      case 'MatchSingleton':
        break;
      case 'MatchSequence':
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case 'MatchStar':
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchMapping':
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case 'MatchClass':
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        p.kwd_attrs.forEach((attr, i) => this.checkName(attr, p.kwd_patterns[i], 'Store'));
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case 'MatchAs':
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case 'MatchOr':
        for (const q of p.patterns) this.visitPattern(q);
        break;
    }
  }
}
