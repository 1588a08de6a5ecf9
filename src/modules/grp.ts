// The grp module: the group database.  CPython: Modules/grpmodule.c
//
// Differs from CPython: the C library asks the name service switch; pyts reads the host's /etc/group
// (the "files" source), as pwd reads /etc/passwd.
import type { PyValue } from '../objects/object.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyList } from '../objects/list.ts';
import { strValue } from '../objects/boxes.ts';
import { defineStructSeqType } from '../objects/structseq.ts';
import { newException, PyExc_KeyError } from '../objects/exceptions.ts';
import { unicodeRepr } from '../objects/str/repr.ts';
import { readDatabase, idField, idValue, idArg, nameArg } from './pwd.ts';
import { withDocs, moduleDoc } from './docs.ts';

export const StructGroupType = defineStructSeqType({
  name: 'grp.struct_group',
  doc: 'grp.struct_group: Results from getgr*() routines.\n\nThis object may be accessed either as a tuple of\n  (gr_name,gr_passwd,gr_gid,gr_mem)\nor via the object attributes as named in the above tuple.\n',
  fields: ['gr_name', 'gr_passwd', 'gr_gid', 'gr_mem'],
});

/** The readable entries of /etc/group: name, passwd, gid, members. */
function entries(): string[][] {
  return readDatabase('/etc/group', 4).filter((f) => idField(f[2]) >= 0);
}

// CPython: mkgrent
function mkgrent(f: string[]): PyValue {
  const members = f[3] === '' ? [] : f[3].split(',');
  return StructGroupType.make([f[0], f[1], idValue(idField(f[2])), new PyList(members)]);
}

// CPython: grp_getgrgid_impl
function getgrgid(_m: PyValue, id: PyValue): PyValue {
  const gid = idArg(id, 'gid');
  const f = entries().find((e) => idField(e[2]) === gid);
  if (f === undefined) throw newException(PyExc_KeyError, [`getgrgid(): gid not found: ${idValue(gid)}`]);
  return mkgrent(f);
}

// CPython: grp_getgrnam_impl
function getgrnam(_m: PyValue, name: PyValue): PyValue {
  const s = nameArg(name, 'getgrnam', 'name');
  const f = entries().find((e) => e[0] === s);
  if (f === undefined) throw newException(PyExc_KeyError, [`getgrnam(): name not found: ${unicodeRepr(strValue(name))}`]);
  return mkgrent(f);
}

export const grpModule = defineModule({
  name: 'grp',
  doc: moduleDoc('grp'),
  functions: withDocs('grp', {
    getgrgid: { sig: '($module, /, id)', impl: getgrgid },
    getgrnam: { sig: '($module, /, name)', impl: getgrnam },
    getgrall: { sig: '($module, /)', impl: () => new PyList(entries().map(mkgrent)) },
  }),
  constants: () => ({ struct_group: StructGroupType }),
});
