// The _hashlib module, without OpenSSL: pbkdf2_hmac and compare_digest over pyts's own hashes.
// CPython: Modules/_hashopenssl.c
//
// Differs from CPython: CPython's _hashlib wraps OpenSSL's digests. pyts has none, so this module
// offers no digest of its own: new(), hmac_new() and hmac_digest() report every algorithm as
// unsupported (UnsupportedDigestmodError), and hashlib and hmac fall back to the builtin modules
// (_md5, _sha2, _hmac...) exactly as in a CPython built without OpenSSL, which is how the oracle is
// built. The openssl_* constructors hmac.py looks for are the builtin constructors themselves, so
// hashlib.sha256 is _sha2.sha256 either way. What the module adds is pbkdf2_hmac (which hashlib
// only takes from here) and compare_digest. One visible difference remains: hashlib.new() of an
// unknown name raises its ValueError while handling this module's UnsupportedDigestmodError.
import { PyDictProxy_New } from '../objects/mappingproxy.ts';
import { PyDict } from '../objects/dict.ts';
import { None, type PyValue } from '../objects/object.ts';
import { type PyType, typeOf } from '../objects/type.ts';
import { defineModule } from '../objects/module-def.ts';
import type { PyModule } from '../objects/module.ts';
import { PyBytes } from '../objects/bytes.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import { getBuffer, bytesLikeData } from '../objects/bytes/buffer.ts';
import { PyNumber_Index, PyObject_GetAttr, PyObject_Call, PyObject_Repr } from '../objects/abstract.ts';
import { newFrozenSet } from '../objects/set-type.ts';
import { typeError, valueError, overflowError, newException, PyExc_ValueError } from '../objects/exceptions.ts';
import { importModule } from '../runtime/import.ts';
import { newExceptionClass } from './hashlib-support.ts';
import { hashInfoByName, HMACState } from './_hmac.ts';

const states = new WeakMap<object, PyType>();

function unsupported(m: PyValue, name: PyValue): never {
  const n = isStrValue(name) ? strValue(name) : PyObject_Repr(name);
  throw newException(states.get(m as object)!, [`unsupported hash type ${n}`]);
}

/**
 * new(name, data=b'', *, usedforsecurity=True, string=None): the builtin hash object of that name
 * (md5, sha1, the sha2 family), as the OpenSSL digests would be; any other name is unsupported.
 */
function hashlibNew(m: PyValue, name: PyValue, data: PyValue, usedforsecurity: PyValue, string: PyValue): PyValue {
  const entry = isStrValue(name) ? BUILTIN_CONSTRUCTORS.find((e) => e[2] === strValue(name)) : undefined;
  if (entry === undefined) unsupported(m, name);
  const args: PyValue[] = [];
  const kwnames: string[] = [];
  if (data !== undefined) args.push(data);
  args.push(usedforsecurity);
  kwnames.push('usedforsecurity');
  if (string !== None) {
    args.push(string);
    kwnames.push('string');
  }
  return PyObject_Call(PyObject_GetAttr(m, entry[0]), args, kwnames);
}

function hmacNewUnsupported(m: PyValue, _key: PyValue, _msg: PyValue, digestmod: PyValue): PyValue {
  unsupported(m, digestmod);
}

function hmacDigestUnsupported(m: PyValue, _key: PyValue, _msg: PyValue, digest: PyValue): PyValue {
  unsupported(m, digest);
}

/** Clinic's long converter. */
function cLong(v: PyValue): number | bigint {
  const n = PyNumber_Index(v);
  if (n > 9223372036854775807n || n < -9223372036854775808n) throw overflowError('Python int too large to convert to C long');
  return n;
}

const INT_MAX = 2147483647;

// CPython: _hashlib_pbkdf2_hmac_impl (OpenSSL's PKCS5_PBKDF2_HMAC, RFC 8018 section 5.2)
function pbkdf2Hmac(m: PyValue, hashName: PyValue, password: PyValue, salt: PyValue, iterationsArg: PyValue, dklenArg: PyValue): PyBytes {
  if (!isStrValue(hashName)) throw typeError(`pbkdf2_hmac() argument 'hash_name' must be str, not ${typeOf(hashName).tp_name}`);
  const pw = bytesLikeData(password);
  const sl = bytesLikeData(salt);
  const iterations = cLong(iterationsArg);
  const name = strValue(hashName);
  const info = name.startsWith('sha2_') || name.endsWith('_32') ? null : hashInfoByName(name);
  if (info === null) unsupported(m, hashName);
  if (iterations < 1) throw valueError('iteration value must be greater than 0.');
  if (iterations > INT_MAX) throw overflowError('iteration value is too great.');
  const hLen = info.make().digestSize;
  const dklen = dklenArg === None ? hLen : cLong(dklenArg);
  if (dklen < 1) throw valueError('key length must be greater than 0.');
  if (dklen > INT_MAX) throw overflowError('key length is too great.');
  const n = Number(dklen);
  const rounds = Number(iterations);
  const keyed = HMACState.create(info, pw);
  const out = new Uint8Array(n);
  for (let block = 1, o = 0; o < n; block++) {
    const first = keyed.copy();
    first.update(sl);
    first.update(Uint8Array.of(block >>> 24, (block >>> 16) & 0xff, (block >>> 8) & 0xff, block & 0xff));
    let u = first.digest();
    const t = u.slice();
    for (let i = 1; i < rounds; i++) {
      const next = keyed.copy();
      next.update(u);
      u = next.digest();
      for (let k = 0; k < t.length; k++) t[k] ^= u[k];
    }
    const take = Math.min(t.length, n - o);
    out.set(t.subarray(0, take), o);
    o += take;
  }
  return new PyBytes(out);
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Equality of a and b in time that depends only on their lengths.  CPython: _tscmp */
function constantTimeEqual(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  // As CPython does, compare b with itself when the lengths differ, so the time is b's length.
  const left = a.length === b.length ? a : b;
  let result = a.length === b.length ? 0 : 1;
  for (let i = 0; i < b.length; i++) result |= left[i] ^ b[i];
  return result === 0;
}

/** CPython: _hashlib_compare_digest_impl (and _operator._compare_digest, its twin) */
export function compareDigest(_m: PyValue, a: PyValue, b: PyValue): boolean {
  if (isStrValue(a) && isStrValue(b)) {
    const x = strValue(a);
    const y = strValue(b);
    if (!isAscii(x) || !isAscii(y)) throw typeError('comparing strings with non-ASCII characters is not supported');
    const codes = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
    return constantTimeEqual(codes(x), codes(y));
  }
  if (getBuffer(a) === null && getBuffer(b) === null) {
    throw typeError(`unsupported operand types(s) or combination of types: '${typeOf(a).tp_name}' and '${typeOf(b).tp_name}'`);
  }
  return constantTimeEqual(bytesLikeData(a), bytesLikeData(b));
}

const BUILTIN_CONSTRUCTORS: [string, string, string][] = [
  ['openssl_md5', '_md5', 'md5'],
  ['openssl_sha1', '_sha1', 'sha1'],
  ['openssl_sha224', '_sha2', 'sha224'],
  ['openssl_sha256', '_sha2', 'sha256'],
  ['openssl_sha384', '_sha2', 'sha384'],
  ['openssl_sha512', '_sha2', 'sha512'],
];

export const hashlibModule = defineModule({
  name: '_hashlib',
  doc: 'pyts hash helpers (no OpenSSL)',
  functions: {
    new: {
      sig: "($module, /, name, data=b'', *, usedforsecurity=True, string=None)",
      callSig: '($module, /, name, data=<unrepresentable>, *, usedforsecurity=True, string=None)',
      impl: hashlibNew,
      doc: 'A hash object of the named algorithm (the builtin md5, sha1 and sha2 ones: pyts has no OpenSSL).',
    },
    pbkdf2_hmac: {
      sig: '($module, /, hash_name, password, salt, iterations, dklen=None)',
      impl: pbkdf2Hmac,
      doc: 'Password-based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function.',
    },
    hmac_new: {
      sig: "($module, /, key, msg=b'', digestmod=None)",
      impl: hmacNewUnsupported,
      doc: 'Always raises UnsupportedDigestmodError (hmac then uses _hmac or its pure-Python code).',
    },
    hmac_digest: {
      sig: '($module, /, key, msg, digest)',
      impl: hmacDigestUnsupported,
      doc: 'Always raises UnsupportedDigestmodError (hmac then uses _hmac or its pure-Python code).',
    },
    compare_digest: {
      sig: '($module, a, b, /)',
      impl: compareDigest,
      doc: "Return 'a == b', taking a time that does not depend on where a and b differ.",
    },
    get_fips_mode: { sig: '($module, /)', impl: () => 0, doc: 'Return 0: pyts has no FIPS mode.' },
  },
  constants: (m) => {
    const err = newExceptionClass('_hashlib', 'UnsupportedDigestmodError', PyExc_ValueError);
    states.set(m, err);
    return { UnsupportedDigestmodError: err, openssl_md_meth_names: newFrozenSet() };
  },
  init: (m: PyModule) => {
    // _constructors: {openssl_sha256: 'sha256', ...} behind a mappingproxy.  CPython: hashlib_init_constructors
    const constructors = new PyDict();
    for (const [attr, mod, fn] of BUILTIN_CONSTRUCTORS) {
      const f = PyObject_GetAttr(importModule(mod), fn);
      m.ob_dict.setStr(attr, f);
      constructors.set(f, attr.slice('openssl_'.length));
    }
    m.ob_dict.setStr('_constructors', PyDictProxy_New(constructors));
  },
});
