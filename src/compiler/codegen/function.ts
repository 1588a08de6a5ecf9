// Code generation for definitions: functions, lambdas, classes, type aliases, type parameters
// (PEP 695/696), and annotations, both deferred (PEP 649/749) and stringified (PEP 563).
// CPython: Python/codegen.c
import type * as ast from '../../ast/nodes.generated.ts';
import { None as NONE } from '../../objects/object.ts';
import { PyTuple } from '../../objects/tuple.ts';
import { PyCode, CO_FUTURE_ANNOTATIONS } from '../../objects/code.ts';
import {
  Op,
  INTRINSIC_STOPITERATION_ERROR,
  INTRINSIC_TYPEVAR,
  INTRINSIC_PARAMSPEC,
  INTRINSIC_TYPEVARTUPLE,
  INTRINSIC_SUBSCRIPT_GENERIC,
  INTRINSIC_TYPEALIAS,
  INTRINSIC_TYPEVAR_WITH_BOUND,
  INTRINSIC_TYPEVAR_WITH_CONSTRAINTS,
  INTRINSIC_SET_FUNCTION_TYPE_PARAMS,
  INTRINSIC_SET_TYPEPARAM_DEFAULT,
} from '../../bytecode/opcodes.generated.ts';
import { Compiler, FBlockType, ScopeType } from '../compile.ts';
import { NO_LOCATION, type Location } from '../errors.ts';
import { BlockType, SymtableEntry, getDocString, typeParamDefaultKey } from '../symtable.ts';
import { unparseExpr } from '../unparse.ts';
import {
  LOC,
  visitExpr,
  visitStmt,
  nameop,
  addopName,
  makeClosure,
  enterScope,
  codegenBody,
  cleanDoc,
  CONSTANT_NOTIMPLEMENTEDERROR,
  MAKE_FUNCTION_ANNOTATE,
  MAKE_FUNCTION_DEFAULTS,
  MAKE_FUNCTION_KWDEFAULTS,
} from './index.ts';
import { callHelper, compareOparg, Py_GT } from './expr.ts';

/** The .format value above which __annotate__ raises NotImplementedError. */
const ANNOTATE_FORMAT_VALUE_WITH_FAKE_GLOBALS = 2;

/** The string of an annotation under `from __future__ import annotations`.  CPython: _PyAST_ExprAsUnicode */
export function annotationString(e: ast.expr): string {
  return unparseExpr(e);
}

// ----- annotation scopes ------------------------------------------------------------------------

/** Enters an __annotate__-like scope and emits its format check.  CPython: codegen_setup_annotations_scope */
export function setupAnnotationsScope(c: Compiler, l: Location, key: object | SymtableEntry, name: string): void {
  const ste = key instanceof SymtableEntry ? key : c.st.lookup(key);
  enterScope(c, name, ScopeType.Annotations, ste, l.lineno, null, { posonlyargcount: 1 });
  // if .format > VALUE_WITH_FAKE_GLOBALS: raise NotImplementedError
  c.addopI(Op.LOAD_FAST, 0, l);
  c.loadConst(ANNOTATE_FORMAT_VALUE_WITH_FAKE_GLOBALS, l);
  c.addopI(Op.COMPARE_OP, compareOparg(Py_GT), l);
  const body = c.newLabel();
  c.addopJ(Op.POP_JUMP_IF_FALSE, body, l);
  c.addopI(Op.LOAD_COMMON_CONSTANT, CONSTANT_NOTIMPLEMENTEDERROR, l);
  c.addopI(Op.RAISE_VARARGS, 1, l);
  c.useLabel(body);
}

/**
 * Finishes an annotation scope and makes its function. The parameter is ".format" in the symbol
 * table, so that a name "format" in the annotations is not clobbered, but "format" in the code
 * object, for inspect.signature().  CPython: codegen_leave_annotations_scope
 */
export function leaveAnnotationsScope(c: Compiler, l: Location): void {
  c.addop(Op.RETURN_VALUE, l);
  const co = renameFirstLocal(c.optimizeAndAssemble(true), 'format');
  c.exitScope();
  makeClosure(c, l, co, 0);
}

function renameFirstLocal(co: PyCode, name: string): PyCode {
  const names = (co.co_localsplusnames.items as string[]).slice();
  names[0] = name;
  return new PyCode({
    filename: co.co_filename,
    name: co.co_name,
    qualname: co.co_qualname,
    flags: co.co_flags,
    code: co.co_code.data,
    firstlineno: co.co_firstlineno,
    linetable: co.co_linetable.data,
    consts: co.co_consts.items,
    names: co.co_names.items as string[],
    localsplusnames: names,
    localspluskinds: co.co_localspluskinds.data,
    argcount: co.co_argcount,
    posonlyargcount: co.co_posonlyargcount,
    kwonlyargcount: co.co_kwonlyargcount,
    stacksize: co.co_stacksize,
    exceptiontable: co.co_exceptiontable.data,
  });
}

/** The dict of a module's or class's simple annotations, built by __annotate__.  CPython: codegen_deferred_annotations_body */
function deferredAnnotationsBody(c: Compiler, l: Location, deferred: ast.AnnAssign[], indices: number[], scopeType: ScopeType): void {
  c.addopI(Op.BUILD_MAP, 0, l);
  for (let i = 0; i < deferred.length; i++) {
    const st = deferred[i];
    const mangled = c.mangle((st.target as ast.Name).id);
    const idx = indices[i];
    const notSet = c.newLabel();
    if (idx !== -1) {
      // A conditional annotation counts only if its statement ran.
      c.loadConst(idx, LOC(st));
      if (scopeType === ScopeType.Class) addopName(c, LOC(st), Op.LOAD_DEREF, '__conditional_annotations__', 'freevars');
      else addopName(c, LOC(st), Op.LOAD_GLOBAL, '__conditional_annotations__', 'names');
      c.addopI(Op.CONTAINS_OP, 0, LOC(st));
      c.addopJ(Op.POP_JUMP_IF_FALSE, notSet, LOC(st));
    }
    visitExpr(c, st.annotation);
    c.addopI(Op.COPY, 2, LOC(st));
    c.loadConst(mangled, LOC(st));
    c.addop(Op.STORE_SUBSCR, l);
    c.useLabel(notSet);
  }
}

/** Emits the __annotate__ of a module or class body.  CPython: codegen_process_deferred_annotations */
export function processDeferredAnnotations(c: Compiler, l: Location): void {
  const deferred = c.u.deferredAnnotations;
  if (deferred === null) return;
  const indices = c.u.conditionalAnnotationIndices!;
  const scopeType = c.scopeType;
  // Module annotations go in a separate sequence, spliced in at ANNOTATIONS_PLACEHOLDER.
  const separate = scopeType === ScopeType.Module;
  if (separate) c.startAnnotationSetup();
  const ste = c.ste;
  const block = ste.annotationBlock!;
  setupAnnotationsScope(c, l, block, block.name);
  deferredAnnotationsBody(c, l, deferred, indices, scopeType);
  leaveAnnotationsScope(c, l);
  nameop(c, l, ste.type === BlockType.Class ? '__annotate_func__' : '__annotate__', 'Store');
  if (separate) c.endAnnotationSetup();
}

// CPython: codegen_argannotation
function argAnnotation(c: Compiler, id: string, annotation: ast.expr | null, l: Location): number {
  if (!annotation) return 0;
  c.loadConst(c.maybeMangle(id), l);
  if (c.futureFeatures & CO_FUTURE_ANNOTATIONS) {
    c.loadConst(annotationString(annotation), LOC(annotation));
  } else if (annotation._kind === 'Starred') {
    // *args: *Ts  is  [annotation] = [*Ts]
    visitExpr(c, annotation.value);
    c.addopI(Op.UNPACK_SEQUENCE, 1, l);
  } else {
    visitExpr(c, annotation);
  }
  return 1;
}

// CPython: codegen_annotations_in_scope
function annotationsInScope(c: Compiler, l: Location, args: ast.arguments_, returns: ast.expr | null): number {
  let n = 0;
  for (const a of args.args) n += argAnnotation(c, a.arg, a.annotation, l);
  for (const a of args.posonlyargs) n += argAnnotation(c, a.arg, a.annotation, l);
  if (args.vararg?.annotation) n += argAnnotation(c, args.vararg.arg, args.vararg.annotation, l);
  for (const a of args.kwonlyargs) n += argAnnotation(c, a.arg, a.annotation, l);
  if (args.kwarg?.annotation) n += argAnnotation(c, args.kwarg.arg, args.kwarg.annotation, l);
  n += argAnnotation(c, 'return', returns, l);
  return n;
}

/** A function's __annotate__, if it has annotations; returns the MAKE_FUNCTION flag.  CPython: codegen_function_annotations */
function functionAnnotations(c: Compiler, l: Location, args: ast.arguments_, returns: ast.expr | null): number {
  const ste = c.st.lookupOptional(args)!;
  if (!ste.annotationsUsed) return 0;
  setupAnnotationsScope(c, l, args, ste.name);
  const n = annotationsInScope(c, l, args, returns);
  c.addopI(Op.BUILD_MAP, n, l);
  leaveAnnotationsScope(c, l);
  return MAKE_FUNCTION_ANNOTATE;
}

// ----- defaults, decorators ---------------------------------------------------------------------

/** Pushes the defaults tuple and kw-defaults dict; returns the MAKE_FUNCTION flags.  CPython: codegen_default_arguments */
function defaultArguments(c: Compiler, l: Location, args: ast.arguments_): number {
  let flags = 0;
  if (args.defaults.length) {
    for (const d of args.defaults) visitExpr(c, d);
    c.addopI(Op.BUILD_TUPLE, args.defaults.length, l);
    flags |= MAKE_FUNCTION_DEFAULTS;
  }
  // CPython: codegen_kwonlydefaults
  let count = 0;
  args.kwonlyargs.forEach((a, i) => {
    const d = (args.kw_defaults as (ast.expr | null)[])[i];
    if (d) {
      count++;
      c.loadConst(c.maybeMangle(a.arg), l);
      visitExpr(c, d);
    }
  });
  if (count) {
    c.addopI(Op.BUILD_MAP, count, l);
    flags |= MAKE_FUNCTION_KWDEFAULTS;
  }
  return flags;
}

function applyDecorators(c: Compiler, decos: ast.expr[]): void {
  for (let i = decos.length - 1; i >= 0; i--) c.addopI(Op.CALL, 0, LOC(decos[i]));
}

/** Wraps a generator or coroutine body so StopIteration inside it becomes RuntimeError.  CPython: codegen_wrap_in_stopiteration_handler */
export function wrapInStopIterationHandler(c: Compiler): void {
  const handler = c.newLabel();
  c.seq.insert(0, Op.SETUP_CLEANUP, handler, NO_LOCATION);
  c.loadConst(NONE, NO_LOCATION);
  c.addop(Op.RETURN_VALUE, NO_LOCATION);
  c.useLabel(handler);
  c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_STOPITERATION_ERROR, NO_LOCATION);
  c.addopI(Op.RERAISE, 1, NO_LOCATION);
}

// ----- type parameters --------------------------------------------------------------------------

/** The lazily evaluated bound, constraints or default of a type parameter.  CPython: codegen_type_param_bound_or_default */
function typeParamBoundOrDefault(c: Compiler, e: ast.expr, name: string, key: object, allowStarred: boolean): void {
  c.loadConst(new PyTuple([1]), LOC(e));
  setupAnnotationsScope(c, LOC(e), key, name);
  if (allowStarred && e._kind === 'Starred') {
    visitExpr(c, e.value);
    c.addopI(Op.UNPACK_SEQUENCE, 1, LOC(e));
  } else {
    visitExpr(c, e);
  }
  c.addop(Op.RETURN_VALUE, LOC(e));
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  makeClosure(c, LOC(e), co, MAKE_FUNCTION_DEFAULTS);
}

// CPython: codegen_type_params
function typeParams(c: Compiler, params: ast.type_param[]): void {
  let seenDefault = false;
  for (const tp of params) {
    const l = LOC(tp);
    c.loadConst(tp.name, l);
    if (tp._kind === 'TypeVar') {
      if (tp.bound) {
        typeParamBoundOrDefault(c, tp.bound, tp.name, tp, false);
        c.addopI(Op.CALL_INTRINSIC_2, tp.bound._kind === 'Tuple' ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : INTRINSIC_TYPEVAR_WITH_BOUND, l);
      } else {
        c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_TYPEVAR, l);
      }
    } else {
      c.addopI(Op.CALL_INTRINSIC_1, tp._kind === 'TypeVarTuple' ? INTRINSIC_TYPEVARTUPLE : INTRINSIC_PARAMSPEC, l);
    }
    if (tp.default_value) {
      seenDefault = true;
      const key = tp._kind === 'TypeVar' ? typeParamDefaultKey(tp) : tp;
      typeParamBoundOrDefault(c, tp.default_value, tp.name, key, tp._kind === 'TypeVarTuple');
      c.addopI(Op.CALL_INTRINSIC_2, INTRINSIC_SET_TYPEPARAM_DEFAULT, l);
    } else if (seenDefault) {
      c.error(l, `non-default type parameter '${tp.name}' follows default type parameter`);
    }
    c.addopI(Op.COPY, 1, l);
    nameop(c, l, tp.name, 'Store');
  }
  c.addopI(Op.BUILD_TUPLE, params.length, LOC(params[0]));
}

// ----- functions --------------------------------------------------------------------------------

// CPython: codegen_function_body
function functionBody(c: Compiler, s: ast.FunctionDef | ast.AsyncFunctionDef, funcflags: number, firstlineno: number): void {
  const args = s.args;
  const scopeType = s._kind === 'AsyncFunctionDef' ? ScopeType.AsyncFunction : ScopeType.Function;
  enterScope(c, s.name, scopeType, c.st.lookup(s), firstlineno, null, {
    argcount: args.args.length,
    posonlyargcount: args.posonlyargs.length,
    kwonlyargcount: args.kwonlyargs.length,
  });
  const ste = c.ste;
  let first = 0;
  if (ste.hasDocstring) {
    // The docstring is the first constant of a function.
    first = 1;
    c.addConst(cleanDoc(getDocString(s.body)!));
  }
  const start = c.newLabel();
  c.useLabel(start);
  const addStopIterationHandler = ste.coroutine || ste.generator;
  if (addStopIterationHandler) c.pushFBlock(NO_LOCATION, FBlockType.StopIteration, start, -1, null);
  for (let i = first; i < s.body.length; i++) visitStmt(c, s.body[i]);
  if (addStopIterationHandler) {
    wrapInStopIterationHandler(c);
    c.popFBlock(FBlockType.StopIteration);
  }
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  makeClosure(c, LOC(s), co, funcflags);
}

// CPython: codegen_function
export function codegenFunction(c: Compiler, s: ast.FunctionDef | ast.AsyncFunctionDef): void {
  const args = s.args;
  const decos = s.decorator_list;
  for (const d of decos) visitExpr(c, d);
  const firstlineno = decos.length ? decos[0].lineno : s.lineno;
  const l = LOC(s);
  const isGeneric = s.type_params.length > 0;
  let funcflags = defaultArguments(c, l, args);
  let numTypeparamArgs = 0;
  if (isGeneric) {
    if (funcflags & MAKE_FUNCTION_DEFAULTS) numTypeparamArgs++;
    if (funcflags & MAKE_FUNCTION_KWDEFAULTS) numTypeparamArgs++;
    if (numTypeparamArgs === 2) c.addopI(Op.SWAP, 2, l);
    enterScope(c, `<generic parameters of ${s.name}>`, ScopeType.Annotations, c.st.lookup(s.type_params), firstlineno, null, {
      argcount: numTypeparamArgs,
    });
    typeParams(c, s.type_params);
    for (let i = 0; i < numTypeparamArgs; i++) c.addopI(Op.LOAD_FAST, i, l);
  }
  funcflags |= functionAnnotations(c, l, args, s.returns);
  functionBody(c, s, funcflags, firstlineno);
  if (isGeneric) {
    c.addopI(Op.SWAP, 2, l);
    c.addopI(Op.CALL_INTRINSIC_2, INTRINSIC_SET_FUNCTION_TYPE_PARAMS, l);
    const co = c.optimizeAndAssemble(false);
    c.exitScope();
    makeClosure(c, l, co, 0);
    if (numTypeparamArgs > 0) {
      c.addopI(Op.SWAP, numTypeparamArgs + 1, l);
      c.addopI(Op.CALL, numTypeparamArgs - 1, l);
    } else {
      c.addop(Op.PUSH_NULL, l);
      c.addopI(Op.CALL, 0, l);
    }
  }
  applyDecorators(c, decos);
  nameop(c, l, s.name, 'Store');
}

// CPython: codegen_lambda
export function codegenLambda(c: Compiler, e: ast.Lambda): void {
  const args = e.args;
  const l = LOC(e);
  const funcflags = defaultArguments(c, l, args);
  enterScope(c, '<lambda>', ScopeType.Lambda, c.st.lookup(e), e.lineno, null, {
    argcount: args.args.length,
    posonlyargcount: args.posonlyargs.length,
    kwonlyargcount: args.kwonlyargs.length,
  });
  visitExpr(c, e.body);
  let co: PyCode;
  if (c.ste.generator) {
    co = c.optimizeAndAssemble(false);
  } else {
    c.addop(Op.RETURN_VALUE, LOC(e.body));
    co = c.optimizeAndAssemble(true);
  }
  c.exitScope();
  makeClosure(c, l, co, funcflags);
}

// ----- classes ----------------------------------------------------------------------------------

/**
 * The class body as a function building the namespace; leaves __build_class__, NULL, the function
 * and the name on the stack.  CPython: codegen_class_body
 */
function classBody(c: Compiler, s: ast.ClassDef, firstlineno: number): void {
  enterScope(c, s.name, ScopeType.Class, c.st.lookup(s), firstlineno, s.name, null);
  const l: Location = { lineno: firstlineno, end_lineno: firstlineno, col_offset: 0, end_col_offset: 0 };
  nameop(c, l, '__name__', 'Load');
  nameop(c, l, '__module__', 'Store');
  c.loadConst(c.u.metadata.qualname!, l);
  nameop(c, l, '__qualname__', 'Store');
  c.loadConst(c.u.metadata.firstlineno, l);
  nameop(c, l, '__firstlineno__', 'Store');
  if (s.type_params.length) {
    nameop(c, l, '.type_params', 'Load');
    nameop(c, l, '__type_params__', 'Store');
  }
  const ste = c.ste;
  if (ste.needsClassdict) {
    c.addop(Op.LOAD_LOCALS, l);
    // A STORE_DEREF in a class namespace, which nameop would not emit.
    addopName(c, l, Op.STORE_DEREF, '__classdict__', 'cellvars');
  }
  if (ste.hasConditionalAnnotations) {
    c.addopI(Op.BUILD_SET, 0, l);
    addopName(c, l, Op.STORE_DEREF, '__conditional_annotations__', 'cellvars');
  }
  codegenBody(c, l, s.body, false);
  c.loadConst(c.staticAttributesAsTuple(), NO_LOCATION);
  nameop(c, NO_LOCATION, '__static_attributes__', 'Store');
  // The rest is artificial.
  if (ste.needsClassdict) {
    c.addopI(Op.LOAD_CLOSURE, c.lookupCellvar('__classdict__'), NO_LOCATION);
    nameop(c, NO_LOCATION, '__classdictcell__', 'Store');
  }
  // Return __classcell__ if methods use __class__, else None.
  if (ste.needsClassClosure) {
    c.addopI(Op.LOAD_CLOSURE, c.lookupCellvar('__class__'), NO_LOCATION);
    c.addopI(Op.COPY, 1, NO_LOCATION);
    nameop(c, NO_LOCATION, '__classcell__', 'Store');
  } else {
    c.loadConst(NONE, NO_LOCATION);
  }
  c.addop(Op.RETURN_VALUE, NO_LOCATION);
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  // These belong to the class line, not to a decorator's.
  const cl = LOC(s);
  c.addop(Op.LOAD_BUILD_CLASS, cl);
  c.addop(Op.PUSH_NULL, cl);
  makeClosure(c, cl, co, 0);
  c.loadConst(s.name, cl);
}

// CPython: codegen_class
export function codegenClass(c: Compiler, s: ast.ClassDef): void {
  const decos = s.decorator_list;
  for (const d of decos) visitExpr(c, d);
  const firstlineno = decos.length ? decos[0].lineno : s.lineno;
  const l = LOC(s);
  const isGeneric = s.type_params.length > 0;
  if (isGeneric) {
    enterScope(c, `<generic parameters of ${s.name}>`, ScopeType.Annotations, c.st.lookup(s.type_params), firstlineno, s.name, null);
    typeParams(c, s.type_params);
    nameop(c, l, '.type_params', 'Store');
  }
  classBody(c, s, firstlineno);
  if (isGeneric) {
    nameop(c, l, '.type_params', 'Load');
    c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC, l);
    nameop(c, l, '.generic_base', 'Store');
    callHelper(c, l, 2, s.bases, '.generic_base', s.keywords);
    const co = c.optimizeAndAssemble(false);
    c.exitScope();
    makeClosure(c, l, co, 0);
    c.addop(Op.PUSH_NULL, l);
    c.addopI(Op.CALL, 0, l);
  } else {
    callHelper(c, l, 2, s.bases, null, s.keywords);
  }
  applyDecorators(c, decos);
  nameop(c, l, s.name, 'Store');
}

// ----- type aliases -----------------------------------------------------------------------------

// CPython: codegen_typealias_body
function typeAliasBody(c: Compiler, s: ast.TypeAlias): void {
  const l = LOC(s);
  const name = (s.name as ast.Name).id;
  c.loadConst(new PyTuple([1]), l);
  setupAnnotationsScope(c, l, s, name);
  visitExpr(c, s.value);
  c.addop(Op.RETURN_VALUE, l);
  const co = c.optimizeAndAssemble(false);
  c.exitScope();
  makeClosure(c, l, co, MAKE_FUNCTION_DEFAULTS);
  c.addopI(Op.BUILD_TUPLE, 3, l);
  c.addopI(Op.CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS, l);
}

// CPython: codegen_typealias
export function codegenTypeAlias(c: Compiler, s: ast.TypeAlias): void {
  const l = LOC(s);
  const name = (s.name as ast.Name).id;
  const isGeneric = s.type_params.length > 0;
  if (isGeneric) {
    enterScope(c, `<generic parameters of ${name}>`, ScopeType.Annotations, c.st.lookup(s.type_params), l.lineno, null, null);
    c.loadConst(name, l);
    typeParams(c, s.type_params);
  } else {
    c.loadConst(name, l);
    c.loadConst(NONE, l);
  }
  typeAliasBody(c, s);
  if (isGeneric) {
    const co = c.optimizeAndAssemble(false);
    c.exitScope();
    makeClosure(c, l, co, 0);
    c.addop(Op.PUSH_NULL, l);
    c.addopI(Op.CALL, 0, l);
  }
  nameop(c, l, name, 'Store');
}
