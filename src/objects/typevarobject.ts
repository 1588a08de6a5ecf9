// PEP 695 type parameters: TypeVar, ParamSpec, TypeVarTuple, TypeAliasType and Generic subscription.
// CPython: Objects/typevarobject.c
// TODO(#4): these types; until then generic syntax raises NotImplementedError.
import type { PyValue } from './object.ts';
import { notImplementedError } from './exceptions.ts';

function todo(what: string): never {
  throw notImplementedError(`TODO(#4): ${what} (PEP 695 type parameters)`);
}

export function makeTypeVar(name: PyValue, bound: PyValue | null, constraints: PyValue | null): PyValue {
  void name;
  void bound;
  void constraints;
  return todo('TypeVar');
}
export function makeParamSpec(name: PyValue): PyValue {
  void name;
  return todo('ParamSpec');
}
export function makeTypeVarTuple(name: PyValue): PyValue {
  void name;
  return todo('TypeVarTuple');
}
export function subscriptGeneric(params: PyValue): PyValue {
  void params;
  return todo('Generic[...]');
}
export function makeTypeAlias(args: PyValue): PyValue {
  void args;
  return todo('type statement');
}
export function setTypeParamDefault(tp: PyValue, dflt: PyValue): PyValue {
  void tp;
  void dflt;
  return todo('type parameter defaults');
}
