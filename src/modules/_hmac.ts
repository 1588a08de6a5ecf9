// The _hmac module: HMAC (RFC 2104) over the builtin hash functions, as hmac.py uses it for named
// digests.  CPython: Modules/hmacmodule.c (over HACL*)
import { PyObject, None, type PyValue } from '../objects/object.ts';
import { TPFLAGS, type PyType } from '../objects/type.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyBytes } from '../objects/bytes.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import { PyObject_Repr } from '../objects/abstract.ts';
import { addressOf } from '../objects/id.ts';
import { typeError, newException, PyExc_ValueError } from '../objects/exceptions.ts';
import { HashState, GIL_MINSIZE, hashBuffer, hexOf, newExceptionClass } from './hashlib-support.ts';
import { MD5State } from './_md5.ts';
import { SHA1State } from './_sha1.ts';
import { SHA256State, SHA512State } from './_sha2.ts';
import { newSHA3State } from './_sha3.ts';
import { Blake2bState, Blake2sState, defaultParams } from './_blake2.ts';

/** A hash function HMAC can be built on: its display name and a factory of fresh states. */
export interface HashInfo {
  readonly name: string;
  readonly make: () => HashState;
}

function info(name: string, make: () => HashState): HashInfo {
  return { name, make };
}

const MD5 = info('md5', () => new MD5State());
const SHA1 = info('sha1', () => new SHA1State());
const SHA224 = info('sha224', () => new SHA256State(28));
const SHA256 = info('sha256', () => new SHA256State(32));
const SHA384 = info('sha384', () => new SHA512State(48));
const SHA512 = info('sha512', () => new SHA512State(64));
const SHA3 = [224, 256, 384, 512].map((n) => info(`sha3_${n}`, () => newSHA3State(`sha3_${n}`)!));
const BLAKE2S = info('blake2s', () => new Blake2sState(defaultParams(32)));
const BLAKE2B = info('blake2b', () => new Blake2bState(defaultParams(64)));

/** The names _hmac knows (HACL*'s and hashlib's). CPython: py_hmac_static_hinfo */
const BY_NAME = new Map<string, HashInfo>([
  ['md5', MD5],
  ['sha1', SHA1],
  ['sha2_224', SHA224],
  ['sha224', SHA224],
  ['sha2_256', SHA256],
  ['sha256', SHA256],
  ['sha2_384', SHA384],
  ['sha384', SHA384],
  ['sha2_512', SHA512],
  ['sha512', SHA512],
  ['sha3_224', SHA3[0]],
  ['sha3_256', SHA3[1]],
  ['sha3_384', SHA3[2]],
  ['sha3_512', SHA3[3]],
  ['blake2s_32', BLAKE2S],
  ['blake2s', BLAKE2S],
  ['blake2b_32', BLAKE2B],
  ['blake2b', BLAKE2B],
]);

/** The hash named `name` (as given, then lower-cased), or null. */
export function hashInfoByName(name: string): HashInfo | null {
  return BY_NAME.get(name) ?? BY_NAME.get(name.toLowerCase()) ?? null;
}

/** HMAC's two running hashes: inner over (key ^ ipad) || message, outer keyed with key ^ opad. */
export class HMACState {
  constructor(
    readonly inner: HashState,
    readonly outer: HashState,
  ) {}

  static create(h: HashInfo, key: Uint8Array): HMACState {
    const inner = h.make();
    const outer = h.make();
    const bs = inner.blockSize;
    let k = key;
    if (k.length > bs) {
      const kh = h.make();
      kh.update(k);
      k = kh.digest();
    }
    const ipad = new Uint8Array(bs).fill(0x36);
    const opad = new Uint8Array(bs).fill(0x5c);
    for (let i = 0; i < k.length; i++) {
      ipad[i] ^= k[i];
      opad[i] ^= k[i];
    }
    inner.update(ipad);
    outer.update(opad);
    return new HMACState(inner, outer);
  }

  update(d: Uint8Array): void {
    this.inner.update(d);
  }

  digest(): Uint8Array {
    const o = this.outer.copy();
    o.update(this.inner.digest());
    return o.digest();
  }

  copy(): HMACState {
    return new HMACState(this.inner.copy(), this.outer.copy());
  }
}

/** Each _hmac module object's UnknownHashError class (CPython keeps it in the module state). */
const unknownHashErrors = new WeakMap<object, PyType>();

function findHashInfo(module: PyValue, ref: PyValue): HashInfo {
  const found = isStrValue(ref) ? hashInfoByName(strValue(ref)) : null;
  if (found === null) throw newException(unknownHashErrors.get(module as object)!, [`unsupported hash type: ${PyObject_Repr(ref)}`]);
  return found;
}

export class PyHMAC extends PyObject {
  constructor(
    readonly info: HashInfo,
    readonly state: HMACState,
  ) {
    super();
  }
}

function hmacNew(m: PyValue, key: PyValue, msg: PyValue, digestmod: PyValue): PyHMAC {
  if (digestmod === None) throw typeError("new() missing 1 required argument 'digestmod'");
  const h = findHashInfo(m, digestmod);
  const st = HMACState.create(h, hashBuffer(key));
  if (msg !== None) st.update(hashBuffer(msg));
  return new PyHMAC(h, st);
}

function computeDigest(m: PyValue, key: PyValue, msg: PyValue, digest: PyValue): PyBytes {
  return compute(findHashInfo(m, digest), key, msg);
}

function compute(h: HashInfo, key: PyValue, msg: PyValue): PyBytes {
  const k = hashBuffer(key);
  const st = HMACState.create(h, k);
  st.update(hashBuffer(msg));
  return new PyBytes(st.digest());
}

function H(self: PyValue): PyHMAC {
  return self as PyHMAC;
}

export const HMACType = defineBuiltinType({
  name: '_hmac.HMAC',
  instanceClass: PyHMAC,
  flags: TPFLAGS.DISALLOW_INSTANTIATION | TPFLAGS.HAVE_GC,
  slots: { tp_repr: (self: PyValue) => `<${H(self).info.name} HMAC object @ ${addressOf(self)}>` },
  methods: {
    copy: { sig: '($self, /)', impl: (self: PyValue) => new PyHMAC(H(self).info, H(self).state.copy()), doc: 'Return a copy ("clone") of the HMAC object.' },
    update: {
      sig: '($self, /, msg)',
      impl: (self: PyValue, msg: PyValue) => {
        H(self).state.update(hashBuffer(msg));
        return None;
      },
      doc: 'Update the HMAC object with the given message.',
    },
    digest: { sig: '($self, /)', impl: (self: PyValue) => new PyBytes(H(self).state.digest()), doc: 'Return the HMAC of the bytes fed so far, as bytes.' },
    hexdigest: { sig: '($self, /)', impl: (self: PyValue) => hexOf(H(self).state.digest()), doc: 'Return the HMAC of the bytes fed so far, as hexadecimal digits.' },
  },
  getset: {
    name: { get: (self: PyValue) => `hmac-${H(self).info.name}` },
    block_size: { get: (self: PyValue) => H(self).state.inner.blockSize },
    digest_size: { get: (self: PyValue) => H(self).state.inner.digestSize },
  },
});

function oneShot(h: HashInfo) {
  return (_m: PyValue, key: PyValue, msg: PyValue): PyBytes => compute(h, key, msg);
}

const ONE_SHOT_SIG = '($module, key, msg, /)';

export const hmacModule = defineModule({
  name: '_hmac',
  functions: {
    new: { sig: '($module, /, key, msg=None, digestmod=None)', impl: hmacNew, doc: 'Return a new HMAC object.' },
    compute_digest: { sig: '($module, /, key, msg, digest)', impl: computeDigest, doc: 'The HMAC of msg under key with the named hash, as bytes.' },
    compute_md5: { sig: ONE_SHOT_SIG, impl: oneShot(MD5) },
    compute_sha1: { sig: ONE_SHOT_SIG, impl: oneShot(SHA1) },
    compute_sha224: { sig: ONE_SHOT_SIG, impl: oneShot(SHA224) },
    compute_sha256: { sig: ONE_SHOT_SIG, impl: oneShot(SHA256) },
    compute_sha384: { sig: ONE_SHOT_SIG, impl: oneShot(SHA384) },
    compute_sha512: { sig: ONE_SHOT_SIG, impl: oneShot(SHA512) },
    compute_sha3_224: { sig: ONE_SHOT_SIG, impl: oneShot(SHA3[0]) },
    compute_sha3_256: { sig: ONE_SHOT_SIG, impl: oneShot(SHA3[1]) },
    compute_sha3_384: { sig: ONE_SHOT_SIG, impl: oneShot(SHA3[2]) },
    compute_sha3_512: { sig: ONE_SHOT_SIG, impl: oneShot(SHA3[3]) },
    compute_blake2s_32: { sig: ONE_SHOT_SIG, impl: oneShot(BLAKE2S) },
    compute_blake2b_32: { sig: ONE_SHOT_SIG, impl: oneShot(BLAKE2B) },
  },
  constants: (m) => {
    const unknownHashError = newExceptionClass('_hmac', 'UnknownHashError', PyExc_ValueError);
    unknownHashErrors.set(m, unknownHashError);
    return { HMAC: HMACType, UnknownHashError: unknownHashError, _GIL_MINSIZE: GIL_MINSIZE };
  },
});
