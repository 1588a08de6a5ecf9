// The bool type: True and False are JS booleans.  CPython: Objects/boolobject.c
import { NotImplemented, type PyValue } from './object.ts';
import { PyType, PRIMITIVE_TYPES } from './type.ts';
import { defineBuiltinType } from './builtin-type.ts';
import { IntType, intAnd, intOr, intXor } from './int.ts';
import { PyObject_IsTrue } from './abstract.ts';
import { typeError, PyExc_DeprecationWarning } from './exceptions.ts';
import { numberWarning } from './float/warn.ts';
import { isIntValue, intValue } from './boxes.ts';

function boolRepr(self: PyValue): string {
  return self ? 'True' : 'False';
}

function boolNew(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  void type;
  if (kwnames !== null && kwnames.length) throw typeError('bool() takes no keyword arguments');
  if (args.length > 1) throw typeError(`bool expected at most 1 argument, got ${args.length}`);
  return args.length === 0 ? false : PyObject_IsTrue(args[0]);
}

/** &, |, ^ keep bool when both operands are bools, and act as int otherwise. */
function logical(boolOp: (a: boolean, b: boolean) => boolean, intOp: typeof intAnd): (a: PyValue, b: PyValue) => PyValue {
  return (a, b) => {
    if (typeof a === 'boolean' && typeof b === 'boolean') return boolOp(a, b);
    if (!isIntValue(a) || !isIntValue(b)) return NotImplemented;
    return intOp(intValue(a), intValue(b));
  };
}

/** ~True: still ~int(self), with a DeprecationWarning since 3.12.  CPython: bool_invert */
function boolInvert(self: PyValue): PyValue {
  numberWarning(PyExc_DeprecationWarning, "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.");
  return self ? -2 : -1;
}

export const BoolType = defineBuiltinType({
  name: 'bool',
  textSignature: '(object=False, /)',
  doc: 'The truth values True and False.',
  base: () => IntType,
  slots: { tp_repr: boolRepr, tp_new: boolNew },
  number: {
    nb_and: logical((a, b) => a && b, intAnd),
    nb_or: logical((a, b) => a || b, intOr),
    nb_xor: logical((a, b) => a !== b, intXor),
    nb_invert: boolInvert,
  },
});

PRIMITIVE_TYPES.bool = BoolType;
