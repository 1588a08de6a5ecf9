// The _stat module: the file-type and permission bits and their tests (stat.py imports it instead of
// using its own Python fallbacks).  CPython: Modules/_stat.c
import type { PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { typeOf } from '../objects/type.ts';
import * as A from '../objects/abstract.ts';
import * as E from '../objects/exceptions.ts';
import { STAT_CONSTANTS, STAT_DOC } from './stat.generated.ts';
import { withDocs } from './docs.ts';

type V = PyValue;

const S_IFMT = 0o170000;

/** A mode_t argument: an int (or __index__) that fits in 32 unsigned bits.  CPython: _PyLong_AsMode_t */
function modeArg(v: V): number {
  if (typeof v !== 'number' && typeof v !== 'bigint' && typeof v !== 'boolean' && typeOf(v).nb_index === null) {
    throw E.typeError(`'${typeOf(v).tp_name}' object cannot be interpreted as an integer`);
  }
  const n = A.PyNumber_Index(v);
  if (n < 0) throw E.overflowError("can't convert negative value to unsigned int");
  if (typeof n === 'bigint' ? n > 0xffffffffffffffffn : false) throw E.overflowError('Python int too large to convert to C unsigned long');
  if (typeof n === 'bigint' || n > 0xffffffff) throw E.overflowError('mode out of range');
  return n;
}

const isType = (t: number) => (_m: V, mode: V) => (modeArg(mode) & S_IFMT) === t;

/** The ls-style type letter.  CPython: filetype */
function fileType(mode: number): string {
  switch (mode & S_IFMT) {
    case 0o100000:
      return '-';
    case 0o040000:
      return 'd';
    case 0o120000:
      return 'l';
    case 0o060000:
      return 'b';
    case 0o020000:
      return 'c';
    case 0o010000:
      return 'p';
    case 0o140000:
      return 's';
    default:
      return '?';
  }
}

/** filemode(mode): '-rwxr-xr-x'.  CPython: stat_filemode */
function filemode(_m: V, mode: V): V {
  const m = modeArg(mode);
  const bit = (b: number, c: string) => (m & b ? c : '-');
  const special = (set: number, x: number, on: string, off: string) => (m & set ? (m & x ? on : off) : m & x ? 'x' : '-');
  return (
    fileType(m) +
    bit(0o400, 'r') +
    bit(0o200, 'w') +
    special(0o4000, 0o100, 's', 'S') +
    bit(0o40, 'r') +
    bit(0o20, 'w') +
    special(0o2000, 0o10, 's', 'S') +
    bit(0o4, 'r') +
    bit(0o2, 'w') +
    special(0o1000, 0o1, 't', 'T')
  );
}

export const statModule = defineModule({
  name: '_stat',
  doc: STAT_DOC,
  functions: withDocs('_stat', {
    S_ISDIR: { sig: '($module, mode, /)', impl: isType(0o040000), doc: 'S_ISDIR(mode) -> bool\n\nReturn True if mode is from a directory.' },
    S_ISCHR: { sig: '($module, mode, /)', impl: isType(0o020000), doc: 'S_ISCHR(mode) -> bool\n\nReturn True if mode is from a character special device file.' },
    S_ISBLK: { sig: '($module, mode, /)', impl: isType(0o060000), doc: 'S_ISBLK(mode) -> bool\n\nReturn True if mode is from a block special device file.' },
    S_ISREG: { sig: '($module, mode, /)', impl: isType(0o100000), doc: 'S_ISREG(mode) -> bool\n\nReturn True if mode is from a regular file.' },
    S_ISFIFO: { sig: '($module, mode, /)', impl: isType(0o010000), doc: 'S_ISFIFO(mode) -> bool\n\nReturn True if mode is from a FIFO (named pipe).' },
    S_ISLNK: { sig: '($module, mode, /)', impl: isType(0o120000), doc: 'S_ISLNK(mode) -> bool\n\nReturn True if mode is from a symbolic link.' },
    S_ISSOCK: { sig: '($module, mode, /)', impl: isType(0o140000), doc: 'S_ISSOCK(mode) -> bool\n\nReturn True if mode is from a socket.' },
    S_ISDOOR: { sig: '($module, mode, /)', impl: (_m: V, mode: V) => (modeArg(mode), false), doc: 'S_ISDOOR(mode) -> bool\n\nReturn True if mode is from a door.' },
    S_ISPORT: { sig: '($module, mode, /)', impl: (_m: V, mode: V) => (modeArg(mode), false), doc: 'S_ISPORT(mode) -> bool\n\nReturn True if mode is from an event port.' },
    S_ISWHT: { sig: '($module, mode, /)', impl: (_m: V, mode: V) => (modeArg(mode), false), doc: 'S_ISWHT(mode) -> bool\n\nReturn True if mode is from a whiteout.' },
    S_IMODE: {
      sig: '($module, mode, /)',
      impl: (_m: V, mode: V) => modeArg(mode) & 0o7777,
      doc: "Return the portion of the file's mode that can be set by os.chmod().",
    },
    S_IFMT: {
      sig: '($module, mode, /)',
      impl: (_m: V, mode: V) => modeArg(mode) & S_IFMT,
      doc: "Return the portion of the file's mode that describes the file type.",
    },
    filemode: { sig: '($module, mode, /)', impl: filemode, doc: "Convert a file's mode to a string of the form '-rwxrwxrwx'" },
  }),
  constants: () => Object.fromEntries(STAT_CONSTANTS),
});
