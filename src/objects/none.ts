// The types of None, NotImplemented and Ellipsis.  CPython: Objects/object.c, Objects/sliceobject.c
import { None, NotImplemented, Ellipsis, PyNoneType, PyNotImplementedType, PyEllipsisType, type PyValue, type PyIntValue } from './object.ts';
import { PyType } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { typeError } from './exceptions.ts';
import { object_richcompare } from './typeobject.ts';

function noArgs(name: string, value: PyValue): (type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null) => PyValue {
  return (_type, args, kwnames) => {
    if (args.length > 0 || (kwnames !== null && kwnames.length)) throw typeError(`${name} takes no arguments`);
    return value;
  };
}

function noneHash(): PyIntValue {
  return 0xfca86420;
}

export const NoneType = defineBuiltinType({
  name: 'NoneType',
  textSignature: '()',
  instanceClass: PyNoneType,
  // object's comparison, set here as CPython does (so NoneType has __eq__ & co. of its own, tp_hash being its own)
  slots: { tp_repr: () => 'None', tp_hash: noneHash, tp_richcompare: object_richcompare, tp_new: noArgs('NoneType', None) },
  number: { nb_bool: () => false },
});

function notImplementedBool(): boolean {
  throw typeError('NotImplemented should not be used in a boolean context');
}

export const NotImplementedType = defineBuiltinType({
  name: 'NotImplementedType',
  textSignature: '()',
  instanceClass: PyNotImplementedType,
  slots: { tp_repr: () => 'NotImplemented', tp_new: noArgs('NotImplementedType', NotImplemented) },
  number: { nb_bool: notImplementedBool },
  methods: { __reduce__: { sig: '($self, /)', impl: () => 'NotImplemented' } },
});

export const EllipsisType = defineBuiltinType({
  name: 'ellipsis',
  textSignature: '()',
  instanceClass: PyEllipsisType,
  slots: { tp_repr: () => 'Ellipsis', tp_new: noArgs('EllipsisType', Ellipsis) },
  methods: { __reduce__: { sig: '($self, /)', impl: () => 'Ellipsis' } },
});
