// The compiler's state: the stack of compilation units (one per code object being built), their
// name/constant tables, frame blocks, and the glue between code generation, the flow graph and
// the assembler.  CPython: Python/compile.c
import type * as ast from '../ast/nodes.generated.ts';
import { None as NONE_CONST, type PyValue } from '../objects/object.ts';
import { PyTuple } from '../objects/tuple.ts';
import {
  PyCode,
  CO_NEWLOCALS,
  CO_OPTIMIZED,
  CO_NESTED,
  CO_GENERATOR,
  CO_ASYNC_GENERATOR,
  CO_VARARGS,
  CO_VARKEYWORDS,
  CO_HAS_DOCSTRING,
  CO_METHOD,
  CO_COROUTINE,
} from '../objects/code.ts';
import { Op } from '../bytecode/opcodes.generated.ts';
import { ConstCache, constKey } from './consts.ts';
import { syntaxError, NO_LOCATION, type Location, type CompilerWarningSink } from './errors.ts';
import { InstructionSequence } from './instruction-sequence.ts';
import {
  BlockType,
  CELL,
  DEF_COMP_CELL,
  DEF_FREE_CLASS,
  DEF_LOCAL,
  DEF_NONLOCAL,
  FREE,
  GLOBAL_EXPLICIT,
  GLOBAL_IMPLICIT,
  LOCAL,
  mangle,
  maybeMangle,
  symbolToScope,
  type Symtable,
  type SymtableEntry,
} from './symtable.ts';
import { PyCF_MASK } from './flags.ts';
import { optimizeAndAssembleUnit } from './assemble.ts';

/** Stack use above which sequences are built incrementally.  CPython: _PY_STACK_USE_GUIDELINE */
export const STACK_USE_GUIDELINE = 30;
/** Max statically nested blocks in a function.  CPython: CO_MAXBLOCKS */
export const CO_MAXBLOCKS = 21;

export const enum ScopeType {
  Module,
  Class,
  Function,
  AsyncFunction,
  Lambda,
  Comprehension,
  Annotations,
}

export const enum FBlockType {
  WhileLoop,
  ForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  AsyncWith,
  HandlerCleanup,
  PopValue,
  ExceptionHandler,
  ExceptionGroupHandler,
  AsyncComprehensionGenerator,
  StopIteration,
}

/** A frame block: a loop, try, with... that break/continue/return must unwind.  CPython: _PyCompile_FBlockInfo */
export interface FBlock {
  type: FBlockType;
  block: number;
  loc: Location;
  exit: number;
  /** The finally body (FinallyTry), the with statement (With), the bound name (HandlerCleanup). */
  datum: ast.stmt[] | ast.stmt | string | null;
}

export const enum OpType {
  Fast,
  Global,
  Deref,
  Name,
}

/** Per code object: names, constants, variables.  CPython: _PyCompile_CodeUnitMetadata */
export class CodeUnitMetadata {
  name = '';
  qualname: string | null = null;
  consts: PyValue[] = [];
  constIndex = new Map<string, number>();
  names = new Map<string, number>();
  varnames = new Map<string, number>();
  cellvars = new Map<string, number>();
  freevars = new Map<string, number>();
  /** Names that are fast locals only inside an inlined comprehension (true while inside it). */
  fasthidden = new Map<string, boolean>();
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  firstlineno = 0;
}

export interface UnitArgs {
  argcount?: number;
  posonlyargcount?: number;
  kwonlyargcount?: number;
}

/** CPython: struct compiler_unit */
export class CompilerUnit {
  staticAttributes: Set<string> | null = null;
  deferredAnnotations: ast.AnnAssign[] | null = null;
  conditionalAnnotationIndices: number[] | null = null;
  nextConditionalAnnotationIndex = 0;
  instrSequence = new InstructionSequence();
  stashedInstrSequence: InstructionSequence | null = null;
  fblocks: FBlock[] = [];
  inInlinedComp = 0;
  inConditionalBlock = 0;
  readonly metadata = new CodeUnitMetadata();

  constructor(
    public readonly ste: SymtableEntry,
    public readonly scopeType: ScopeType,
    public readonly privateName: string | null,
  ) {}
}

/** State saved around an inlined comprehension.  CPython: _PyCompile_InlinedComprehensionState */
export interface InlinedComprehensionState {
  pushedLocals: string[] | null;
  tempSymbols: Map<string, number> | null;
  fastHidden: Set<string> | null;
  cleanup: number;
}

/** Returns a name -> index map for a list.  CPython: list2dict */
function list2dict(list: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  list.forEach((k, i) => m.set(k, i));
  return m;
}

/** Names of `symbols` with the given scope or flag, sorted, numbered from `offset`.  CPython: dictbytype */
function dictbytype(symbols: Map<string, number>, scopeType: number, flag: number, offset: number): Map<string, number> {
  const keys: string[] = [];
  for (const [k, v] of symbols) if (symbolToScope(v) === scopeType || v & flag) keys.push(k);
  keys.sort(comparePy);
  const out = new Map<string, number>();
  let i = offset;
  for (const k of keys) out.set(k, i++);
  return out;
}

/** Python's string ordering (by code point, not UTF-16 code unit). */
export function comparePy(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

export interface CompilerOptions {
  filename: string;
  /** Future features of the module merged with the compile() flags. */
  flags: number;
  optimize: number;
  interactive: boolean;
  onWarning?: CompilerWarningSink;
}

/** CPython: struct _PyCompiler */
export class Compiler {
  readonly filename: string;
  readonly flags: number;
  readonly optimize: number;
  interactive = false;
  readonly constCache = new ConstCache();
  u!: CompilerUnit;
  readonly stack: CompilerUnit[] = [];
  disableWarning = 0;
  private readonly onWarning?: CompilerWarningSink;

  constructor(
    readonly st: Symtable,
    opts: CompilerOptions,
  ) {
    this.filename = opts.filename;
    this.flags = opts.flags;
    this.optimize = opts.optimize;
    this.onWarning = opts.onWarning;
  }

  get futureFeatures(): number {
    return this.flags;
  }

  get ste(): SymtableEntry {
    return this.u.ste;
  }

  get seq(): InstructionSequence {
    return this.u.instrSequence;
  }

  get scopeType(): ScopeType {
    return this.u.scopeType;
  }

  get isInteractiveTopLevel(): boolean {
    return this.interactive && this.stack.length === 0;
  }

  // ----- errors -------------------------------------------------------------------------------

  /** Raises a SyntaxError.  CPython: _PyCompile_Error */
  error(loc: Location, msg: string): never {
    throw syntaxError(msg, this.filename, loc);
  }

  /** Emits a SyntaxWarning; raises the SyntaxError instead if the sink says so.  CPython: _PyCompile_Warn */
  warn(loc: Location, msg: string): void {
    if (this.disableWarning) return;
    const asError = this.onWarning?.({
      category: 'SyntaxWarning',
      message: msg,
      filename: this.filename,
      lineno: loc.lineno,
      offset: loc.col_offset + 1,
      end_lineno: loc.end_lineno,
      end_offset: loc.end_col_offset + 1,
    });
    if (asError) this.error(loc, msg);
  }

  // ----- instructions -------------------------------------------------------------------------

  addop(opcode: number, loc: Location): void {
    this.u.instrSequence.addop(opcode, 0, loc);
  }

  addopI(opcode: number, oparg: number, loc: Location): void {
    this.u.instrSequence.addop(opcode, oparg, loc);
  }

  addopJ(opcode: number, label: number, loc: Location): void {
    this.u.instrSequence.addop(opcode, label, loc);
  }

  newLabel(): number {
    return this.u.instrSequence.newLabel();
  }

  useLabel(lbl: number): void {
    this.u.instrSequence.useLabel(lbl);
  }

  loadConst(v: PyValue, loc: Location): void {
    this.addopI(Op.LOAD_CONST, this.addConst(v), loc);
  }

  // ----- tables -------------------------------------------------------------------------------

  /** The index of a constant in co_consts, adding it if new.  CPython: _PyCompile_AddConst */
  addConst(o: PyValue): number {
    const canon = this.constCache.merge(o);
    const md = this.u.metadata;
    const key = constKey(canon);
    let i = md.constIndex.get(key);
    if (i === undefined) {
      i = md.consts.length;
      md.consts.push(canon);
      md.constIndex.set(key, i);
    }
    return i;
  }

  /** CPython: _PyCompile_DictAddObj */
  static dictAdd(dict: Map<string, number>, name: string): number {
    let i = dict.get(name);
    if (i === undefined) {
      i = dict.size;
      dict.set(name, i);
    }
    return i;
  }

  mangle(name: string): string {
    return mangle(this.u.privateName, name);
  }

  maybeMangle(name: string): string {
    return maybeMangle(this.u.privateName, this.u.ste, name);
  }

  // ----- scopes -------------------------------------------------------------------------------

  /** CPython: _PyCompile_EnterScope */
  enterScope(name: string, scopeType: ScopeType, ste: SymtableEntry, lineno: number, privateName: string | null, args: UnitArgs | null): void {
    if (privateName === null && this.u) privateName = this.u.privateName;
    const u = new CompilerUnit(ste, scopeType, privateName);
    const md = u.metadata;
    md.argcount = args?.argcount ?? 0;
    md.posonlyargcount = args?.posonlyargcount ?? 0;
    md.kwonlyargcount = args?.kwonlyargcount ?? 0;
    md.name = name;
    md.varnames = list2dict(ste.varnames);
    md.cellvars = dictbytype(ste.symbols, CELL, DEF_COMP_CELL, 0);
    // The implicit cells of a class body.
    if (ste.needsClassClosure) Compiler.dictAdd(md.cellvars, '__class__');
    if (ste.needsClassdict) Compiler.dictAdd(md.cellvars, '__classdict__');
    if (ste.hasConditionalAnnotations) Compiler.dictAdd(md.cellvars, '__conditional_annotations__');
    md.freevars = dictbytype(ste.symbols, FREE, DEF_FREE_CLASS, md.cellvars.size);
    md.firstlineno = lineno;
    if (scopeType === ScopeType.Class) u.staticAttributes = new Set();
    if (this.u) this.stack.push(this.u);
    this.u = u;
    if (scopeType !== ScopeType.Module) this.setQualname();
  }

  /** CPython: _PyCompile_ExitScope */
  exitScope(): void {
    const parent = this.stack.pop();
    this.u = parent as CompilerUnit;
  }

  // CPython: compiler_set_qualname
  private setQualname(): void {
    const u = this.u;
    const md = u.metadata;
    let base: string | null = null;
    const n = this.stack.length;
    if (n > 0) {
      let parent = this.stack[n - 1];
      if (parent.scopeType === ScopeType.Annotations) {
        // The parent is an annotation scope: look at the grandparent.
        if (n === 1) {
          md.qualname = md.name;
          return;
        }
        parent = this.stack[n - 2];
      }
      let forceGlobal = false;
      if (u.scopeType === ScopeType.Function || u.scopeType === ScopeType.AsyncFunction || u.scopeType === ScopeType.Class) {
        const mangled = mangle(parent.privateName, md.name);
        if (parent.ste.getScope(mangled) === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === ScopeType.Function || parent.scopeType === ScopeType.AsyncFunction || parent.scopeType === ScopeType.Lambda) {
          base = parent.metadata.qualname + '.<locals>';
        } else {
          base = parent.metadata.qualname;
        }
      }
    }
    md.qualname = base !== null ? base + '.' + md.name : md.name;
  }

  // ----- frame blocks -------------------------------------------------------------------------

  pushFBlock(loc: Location, type: FBlockType, block: number, exit: number, datum: FBlock['datum']): void {
    if (this.u.fblocks.length >= CO_MAXBLOCKS) this.error(loc, 'too many statically nested blocks');
    this.u.fblocks.push({ type, block, loc, exit, datum });
    if (type === FBlockType.FinallyEnd) this.disableWarning++;
  }

  popFBlock(type: FBlockType): void {
    const f = this.u.fblocks.pop()!;
    if (f.type !== type) throw new Error('fblock mismatch');
    if (type === FBlockType.FinallyEnd) this.disableWarning--;
  }

  topFBlock(): FBlock | null {
    const f = this.u.fblocks;
    return f.length ? f[f.length - 1] : null;
  }

  // ----- names --------------------------------------------------------------------------------

  /** CPython: _PyCompile_GetRefType */
  getRefType(name: string): number {
    if (this.u.scopeType === ScopeType.Class && (name === '__class__' || name === '__classdict__' || name === '__conditional_annotations__')) {
      return CELL;
    }
    const scope = this.u.ste.getScope(name);
    if (scope === 0) throw new Error(`_PyST_GetScope(name=${name}) failed: unknown scope in unit ${this.u.metadata.name}`);
    return scope;
  }

  lookupCellvar(name: string): number {
    return this.u.metadata.cellvars.get(name)!;
  }

  /** The index of a free variable of `co` in this unit's cells or free variables.  CPython: _PyCompile_LookupArg */
  lookupArg(co: PyCode, name: string): number {
    const reftype = this.getRefType(name);
    const md = this.u.metadata;
    const arg = reftype === CELL ? md.cellvars.get(name) : md.freevars.get(name);
    if (arg === undefined) {
      throw new Error(`compiler_lookup_arg(name=${name}) with reftype=${reftype} failed in ${md.name}; freevars of code ${co.co_name}`);
    }
    return arg;
  }

  /** CPython: _PyCompile_StaticAttributesAsTuple */
  staticAttributesAsTuple(): PyTuple {
    return new PyTuple([...this.u.staticAttributes!].sort(comparePy));
  }

  /** Records `self.x = ...` in the nearest enclosing class.  CPython: _PyCompile_MaybeAddStaticAttributeToClass */
  maybeAddStaticAttributeToClass(e: ast.Attribute): void {
    if (e.value._kind !== 'Name' || e.ctx !== 'Store' || e.value.id !== 'self') return;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const u = this.stack[i];
      if (u.scopeType === ScopeType.Class) {
        u.staticAttributes!.add(e.attr);
        break;
      }
    }
  }

  /** Which opcode family and argument a name operation uses.  CPython: _PyCompile_ResolveNameop */
  resolveNameop(mangled: string, scope: number): { optype: OpType; arg: number } {
    const md = this.u.metadata;
    let dict = md.names;
    let optype = OpType.Name;
    switch (scope) {
      case FREE:
        dict = md.freevars;
        optype = OpType.Deref;
        break;
      case CELL:
        dict = md.cellvars;
        optype = OpType.Deref;
        break;
      case LOCAL:
        if (this.u.ste.isFunctionLike) optype = OpType.Fast;
        else if (md.fasthidden.get(mangled) === true) optype = OpType.Fast;
        break;
      case GLOBAL_IMPLICIT:
        if (this.u.ste.isFunctionLike) optype = OpType.Global;
        break;
      case GLOBAL_EXPLICIT:
        optype = OpType.Global;
        break;
    }
    const arg = optype !== OpType.Fast ? Compiler.dictAdd(dict, mangled) : 0;
    return { optype, arg };
  }

  /** CPython: _PyCompile_TweakInlinedComprehensionScopes */
  tweakInlinedComprehensionScopes(entry: SymtableEntry, state: InlinedComprehensionState): void {
    const u = this.u;
    const inClassBlock = u.ste.type === BlockType.Class && !u.inInlinedComp;
    u.inInlinedComp++;
    for (const [k, symbol] of entry.symbols) {
      const scope = symbolToScope(symbol);
      const outsymbol = u.ste.getSymbol(k);
      const outsc = symbolToScope(outsymbol);
      // A name with a different scope inside the comprehension is handled with the inner scope
      // while compiling it; free inside is handled as outside.
      if ((scope !== outsc && scope !== FREE && !(scope === CELL && outsc === FREE)) || inClassBlock) {
        state.tempSymbols ??= new Map();
        u.ste.symbols.set(k, symbol);
        state.tempSymbols.set(k, outsymbol);
      }
      // Names bound in the comprehension are fast locals, even in a module or class.
      if ((symbol & DEF_LOCAL && !(symbol & DEF_NONLOCAL)) || inClassBlock) {
        if (!u.ste.isFunctionLike) {
          const orig = u.metadata.fasthidden.get(k);
          if (orig !== true) {
            u.metadata.fasthidden.set(k, true);
            (state.fastHidden ??= new Set()).add(k);
          }
        }
      }
    }
  }

  /** CPython: _PyCompile_RevertInlinedComprehensionScopes */
  revertInlinedComprehensionScopes(state: InlinedComprehensionState): void {
    const u = this.u;
    u.inInlinedComp--;
    if (state.tempSymbols) {
      for (const [k, v] of state.tempSymbols) u.ste.symbols.set(k, v);
      state.tempSymbols = null;
    }
    if (state.fastHidden) {
      // False rather than deleted: these names were temporarily fast locals (CO_FAST_HIDDEN).
      for (const k of state.fastHidden) u.metadata.fasthidden.set(k, false);
      state.fastHidden = null;
    }
  }

  /** Records a simple annotation for the deferred __annotate__; returns its conditional index or null.  CPython: _PyCompile_AddDeferredAnnotation */
  addDeferredAnnotation(s: ast.AnnAssign): number | null {
    const u = this.u;
    (u.deferredAnnotations ??= []).push(s);
    u.conditionalAnnotationIndices ??= [];
    if (u.scopeType === ScopeType.Module || u.inConditionalBlock) {
      const index = u.nextConditionalAnnotationIndex++;
      u.conditionalAnnotationIndices.push(index);
      return index;
    }
    u.conditionalAnnotationIndices.push(-1);
    return null;
  }

  /** CPython: _PyCompile_StartAnnotationSetup */
  startAnnotationSetup(): void {
    this.u.stashedInstrSequence = this.u.instrSequence;
    this.u.instrSequence = new InstructionSequence();
  }

  /** CPython: _PyCompile_EndAnnotationSetup */
  endAnnotationSetup(): void {
    const parent = this.u.stashedInstrSequence!;
    parent.annotationsCode = this.u.instrSequence;
    this.u.stashedInstrSequence = null;
    this.u.instrSequence = parent;
  }

  // ----- assembly -----------------------------------------------------------------------------

  // CPython: compute_code_flags
  private computeCodeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.isFunctionLike) {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
      if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
      if (ste.hasDocstring) flags |= CO_HAS_DOCSTRING;
      if (ste.method) flags |= CO_METHOD;
    }
    if (ste.coroutine && !ste.generator) flags |= CO_COROUTINE;
    flags |= this.flags & PyCF_MASK;
    return flags;
  }

  /** Finishes the current unit: flow graph, optimisation, assembly.  CPython: _PyCompile_OptimizeAndAssemble */
  optimizeAndAssemble(addNone: boolean): PyCode {
    const codeFlags = this.computeCodeFlags();
    // Every path that falls off the end returns None.  CPython: _PyCodegen_AddReturnAtEnd
    if (addNone) this.loadConst(NONE_CONST, NO_LOCATION);
    this.addop(Op.RETURN_VALUE, NO_LOCATION);
    return optimizeAndAssembleUnit(this.u, this.constCache, codeFlags, this.filename);
  }
}
