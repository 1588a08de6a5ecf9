// The _typing module: the native types typing.py re-exports (TypeVar, ParamSpec, Generic...).
// CPython: Modules/_typingmodule.c
import type { PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import {
  GenericType,
  NoDefault,
  ParamSpecArgsType,
  ParamSpecKwargsType,
  ParamSpecType,
  TypeAliasType,
  TypeVarTupleType,
  TypeVarType,
} from '../objects/typevarobject.ts';
import { UnionType } from '../objects/unionobject.ts';

/** The identity function (NewType instances are called through it).  CPython: _typing__idfunc */
function idfunc(_m: PyValue, x: PyValue): PyValue {
  return x;
}

export const typingModule = defineModule({
  name: '_typing',
  doc: 'The native parts of the typing module.',
  functions: {
    _idfunc: { sig: '($module, x, /)', impl: idfunc },
  },
  constants: () => ({
    TypeVar: TypeVarType,
    TypeVarTuple: TypeVarTupleType,
    ParamSpec: ParamSpecType,
    ParamSpecArgs: ParamSpecArgsType,
    ParamSpecKwargs: ParamSpecKwargsType,
    Generic: GenericType,
    TypeAliasType: TypeAliasType,
    Union: UnionType,
    NoDefault: NoDefault,
  }),
});
