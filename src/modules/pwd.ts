// The pwd module: the password database.  CPython: Modules/pwdmodule.c
//
// Differs from CPython: the C library asks the name service switch (files, LDAP, systemd...); pyts
// reads the host's /etc/passwd, the "files" source, which is what a default Linux system consults.
import type { PyValue } from '../objects/object.ts';
import { typeOf } from '../objects/type.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyList } from '../objects/list.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import { PyNumber_Index } from '../objects/abstract.ts';
import { defineStructSeqType } from '../objects/structseq.ts';
import { typeError, valueError, overflowError, newException, PyExc_KeyError, PyExc_OverflowError, exceptionMatches, PyBaseException } from '../objects/exceptions.ts';
import { unicodeRepr } from '../objects/str/repr.ts';
import { interp } from '../vm/interpreter.ts';
import { fsDecode, fsEncode } from './posix/args.ts';
import { withDocs, moduleDoc } from './docs.ts';

const ID_MAX = 0xffffffff;

/** The lines of a colon-separated database file of the host, each split into `nFields` fields. */
export function readDatabase(path: string, nFields: number): string[][] {
  const data = interp().host.readFile(path);
  if (data === null) return [];
  const rows: string[][] = [];
  for (const line of fsDecode(data).split('\n')) {
    if (line === '' || line[0] === '#') continue;
    const f = line.split(':');
    if (f.length === nFields) rows.push(f);
  }
  return rows;
}

/** An id field of a database line, or -1 if it is not a number a uid_t/gid_t holds. */
export function idField(s: string): number {
  if (!/^[0-9]+$/.test(s)) return -1;
  const n = Number(s);
  return n <= ID_MAX ? n : -1;
}

/** A uid_t or gid_t as Python sees it: (uid_t)-1 is -1.  CPython: _PyLong_FromUid */
export function idValue(id: number): number {
  return id === ID_MAX ? -1 : id;
}

/**
 * A uid or gid argument as a 32-bit id (-1 stands for (uid_t)-1).  CPython: _Py_Uid_Converter,
 * _Py_Gid_Converter (64-bit long, 32-bit uid_t: a value that a long holds but uid_t truncates is
 * "less than minimum", as there).
 */
export function idArg(v: PyValue, what: 'uid' | 'gid'): number {
  let index: PyValue;
  try {
    index = PyNumber_Index(v);
  } catch {
    throw typeError(`${what} should be integer, not ${typeOf(v).tp_name.slice(0, 200)}`);
  }
  const n = BigInt(index as number | bigint);
  const underflow = () => overflowError(`${what} is less than minimum`);
  if (n === -1n) return ID_MAX;
  if (n < -(2n ** 63n)) throw underflow();
  if (n < 2n ** 63n) {
    if (n < 0n || n > BigInt(ID_MAX)) throw underflow();
    return Number(n);
  }
  throw overflowError(`${what} is greater than maximum`);
}

/**
 * A name argument (clinic's `unicode`; `keyword`: the parameter's name when it can be passed by
 * keyword), checked for NUL as PyBytes_AsStringAndSize does.
 */
export function nameArg(v: PyValue, func: string, keyword = ''): string {
  if (!isStrValue(v)) throw typeError(`${func}() argument ${keyword === '' ? '' : `'${keyword}' `}must be str, not ${typeOf(v).tp_name}`);
  const s = strValue(v);
  const bytes = fsEncode(s);
  if (bytes.includes(0)) throw valueError('embedded null byte');
  return fsDecode(bytes);
}

export const StructPasswdType = defineStructSeqType({
  name: 'pwd.struct_passwd',
  doc: 'pwd.struct_passwd: Results from getpw*() routines.\n\nThis object may be accessed either as a tuple of\n  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\nor via the object attributes as named in the above tuple.',
  fields: ['pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir', 'pw_shell'],
});

/** The readable entries of /etc/passwd: name, passwd, uid, gid, gecos, dir, shell. */
function entries(): string[][] {
  return readDatabase('/etc/passwd', 7).filter((f) => idField(f[2]) >= 0 && idField(f[3]) >= 0);
}

// CPython: mkpwent
function mkpwent(f: string[]): PyValue {
  return StructPasswdType.make([f[0], f[1], idValue(idField(f[2])), idValue(idField(f[3])), f[4], f[5], f[6]]);
}

// CPython: pwd_getpwuid
function getpwuid(_m: PyValue, uidObj: PyValue): PyValue {
  let uid: number;
  try {
    uid = idArg(uidObj, 'uid');
  } catch (e) {
    if (e instanceof PyBaseException && exceptionMatches(e, PyExc_OverflowError)) throw newException(PyExc_KeyError, ['getpwuid(): uid not found']);
    throw e;
  }
  const f = entries().find((e) => idField(e[2]) === uid);
  if (f === undefined) throw newException(PyExc_KeyError, [`getpwuid(): uid not found: ${idValue(uid)}`]);
  return mkpwent(f);
}

// CPython: pwd_getpwnam_impl
function getpwnam(_m: PyValue, name: PyValue): PyValue {
  const s = nameArg(name, 'getpwnam');
  const f = entries().find((e) => e[0] === s);
  if (f === undefined) throw newException(PyExc_KeyError, [`getpwnam(): name not found: ${unicodeRepr(strValue(name))}`]);
  return mkpwent(f);
}

export const pwdModule = defineModule({
  name: 'pwd',
  doc: moduleDoc('pwd'),
  functions: withDocs('pwd', {
    getpwuid: { sig: '($module, uidobj, /)', impl: getpwuid },
    getpwnam: { sig: '($module, name, /)', impl: getpwnam },
    getpwall: { sig: '($module, /)', impl: () => new PyList(entries().map(mkpwent)) },
  }),
  constants: () => ({ struct_passwd: StructPasswdType }),
});
