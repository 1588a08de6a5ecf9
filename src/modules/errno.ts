// The errno module: symbolic names of the operating system's error numbers (Linux values), and
// errorcode mapping numbers back to names.  CPython: Modules/errnomodule.c
import type { PyValue } from '../objects/object.ts';
import { PyDict } from '../objects/dict.ts';
import { defineModule } from '../objects/module-def.ts';
import { ERRNO_TABLE } from './linux.generated.ts';

export const errnoModule = defineModule({
  name: 'errno',
  doc: 'Symbolic names of the error numbers of the operating system (errno.ENOENT...), and errorcode, which maps each number to its name.',
  constants: () => {
    const c: Record<string, PyValue> = {};
    const errorcode = new PyDict();
    for (const [name, num] of ERRNO_TABLE) {
      c[name] = num;
      // The table lists, for each number, the name errorcode gives it first (EAGAIN before EWOULDBLOCK).
      if (errorcode.get(num) === undefined) errorcode.set(num, name);
    }
    c.errorcode = errorcode;
    return c;
  },
});
