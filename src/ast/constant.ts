// The value of a Constant node: a Python value as the runtime represents it (see objects/object.ts).
// The parser produces None, bool, int, float, complex, str, bytes and Ellipsis.
import type { PyValue } from '../objects/object.ts';

export type ConstantValue = PyValue;
