// The _types module: the interpreter's own types that have no builtin name, for types.py to re-export
// (types.CapsuleType exists only through it).  CPython: Modules/_typesmodule.c
import { defineModule } from '../objects/module-def.ts';
import { AsyncGenType, CoroutineType, GeneratorType } from '../objects/genobject.ts';
import { CFunctionType, ClassMethodDescrType, GetSetDescrType, MemberDescrType, MethodDescrType, MethodWrapperType, WrapperDescrType } from '../objects/descrobject.ts';
import { CapsuleType } from '../objects/capsule.ts';
import { CellType, FunctionType, MethodType } from '../objects/function.ts';
import { CodeType } from '../objects/code-type.ts';
import { EllipsisType, NoneType, NotImplementedType } from '../objects/none.ts';
import { FrameType } from '../objects/frameobject.ts';
import { GenericAliasType } from '../objects/genericalias.ts';
import { MappingProxyType } from '../objects/mappingproxy.ts';
import { ModuleType } from '../objects/module.ts';
import { NamespaceType } from '../objects/namespaceobject.ts';
import { TracebackType } from '../objects/traceback.ts';
import { UnionType } from '../objects/unionobject.ts';

export const typesNativeModule = defineModule({
  name: '_types',
  doc: 'Define names for built-in types.',
  constants: () => ({
    AsyncGeneratorType: AsyncGenType,
    BuiltinFunctionType: CFunctionType,
    BuiltinMethodType: CFunctionType,
    CapsuleType,
    CellType,
    ClassMethodDescriptorType: ClassMethodDescrType,
    CodeType,
    CoroutineType,
    EllipsisType,
    FrameType,
    FunctionType,
    GeneratorType,
    GenericAlias: GenericAliasType,
    GetSetDescriptorType: GetSetDescrType,
    LambdaType: FunctionType,
    MappingProxyType,
    MemberDescriptorType: MemberDescrType,
    MethodDescriptorType: MethodDescrType,
    MethodType,
    MethodWrapperType,
    ModuleType,
    NoneType,
    NotImplementedType,
    SimpleNamespace: NamespaceType,
    TracebackType,
    UnionType,
    WrapperDescriptorType: WrapperDescrType,
  }),
});
