// What the hash modules (_md5, _sha1, _sha2, _sha3, _blake2, _hmac, _hashlib) share: the state
// interface each algorithm implements, the Merkle-Damgard block buffering of MD5/SHA-1/SHA-2, the
// Python hash object, and the argument conventions.  CPython: Modules/hashlib.h
import { PyObject, None, type PyValue } from '../objects/object.ts';
import { type PyType, typeOf } from '../objects/type.ts';
import { PyBytes } from '../objects/bytes.ts';
import { isStrValue } from '../objects/boxes.ts';
import { simpleBuffer } from '../objects/bytes/buffer.ts';
import { PyObject_Call } from '../objects/abstract.ts';
import { TypeType } from '../objects/typeobject.ts';
import { PyTuple } from '../objects/tuple.ts';
import { PyDict } from '../objects/dict.ts';
import { typeError } from '../objects/exceptions.ts';
import { PyCFunction, type NativeImpl } from '../objects/descrobject.ts';
import { parseSignature } from '../objects/getargs.ts';
import type { PyModule } from '../objects/module.ts';

/** CPython: HASHLIB_GIL_MINSIZE (exposed as _GIL_MINSIZE; pyts has no GIL to release). */
export const GIL_MINSIZE = 2048;

/** The running state of one hash computation. digest() leaves the state as it is. */
export abstract class HashState {
  abstract readonly blockSize: number;
  abstract readonly digestSize: number;
  abstract update(data: Uint8Array): void;
  abstract digest(): Uint8Array;
  abstract copy(): HashState;
}

/**
 * MD5, SHA-1 and SHA-2 process 64- or 128-byte blocks and end with the same padding: a 0x80 byte,
 * zeros, and the message length in bits (8 or 16 bytes, big- or little-endian).
 */
export abstract class BlockHash extends HashState {
  protected readonly buf: Uint8Array;
  protected bufLen = 0;
  /** Bytes hashed so far (exact up to 2**53, far beyond what a program feeds). */
  protected total = 0;

  constructor(readonly blockSize: number) {
    super();
    this.buf = new Uint8Array(blockSize);
  }

  /** Mixes the block at data[off..off+blockSize) into the state. */
  protected abstract compress(data: Uint8Array, off: number): void;
  /** The digest bytes of the current state (called on a padded copy). */
  protected abstract output(): Uint8Array;
  protected abstract get lengthBytes(): number;
  protected abstract get littleEndian(): boolean;

  update(data: Uint8Array): void {
    const bs = this.blockSize;
    let i = 0;
    const n = data.length;
    this.total += n;
    if (this.bufLen > 0) {
      const take = Math.min(bs - this.bufLen, n);
      this.buf.set(data.subarray(0, take), this.bufLen);
      this.bufLen += take;
      i = take;
      if (this.bufLen < bs) return;
      this.compress(this.buf, 0);
      this.bufLen = 0;
    }
    for (; i + bs <= n; i += bs) this.compress(data, i);
    if (i < n) {
      this.buf.set(data.subarray(i), 0);
      this.bufLen = n - i;
    }
  }

  digest(): Uint8Array {
    const c = this.copy() as BlockHash;
    const bs = c.blockSize;
    const lenBytes = c.lengthBytes;
    const bits = c.total * 8;
    const pad = new Uint8Array(bs * 2);
    pad[0] = 0x80;
    let padLen = bs - ((c.total + 1 + lenBytes) % bs);
    if (padLen === bs) padLen = 0;
    const tail = 1 + padLen + lenBytes;
    // The bit length, as an integer of lenBytes bytes.
    const hi = Math.floor(bits / 2 ** 32);
    const lo = bits >>> 0;
    if (c.littleEndian) {
      const at = tail - lenBytes;
      for (let k = 0; k < 4; k++) pad[at + k] = (lo >>> (8 * k)) & 0xff;
      for (let k = 0; k < 4; k++) pad[at + 4 + k] = (hi >>> (8 * k)) & 0xff;
    } else {
      for (let k = 0; k < 4; k++) pad[tail - 1 - k] = (lo >>> (8 * k)) & 0xff;
      for (let k = 0; k < 4; k++) pad[tail - 5 - k] = (hi >>> (8 * k)) & 0xff;
    }
    c.update(pad.subarray(0, tail));
    return c.output();
  }

  /** Copies the buffered bytes and counters into `to` (a fresh state of the same class). */
  protected copyInto<T extends BlockHash>(to: T): T {
    to.buf.set(this.buf);
    to.bufLen = this.bufLen;
    to.total = this.total;
    return to;
  }
}

export function bigEndianWords(words: ArrayLike<number>, n: number): Uint8Array {
  const out = new Uint8Array(n * 4);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    out[4 * i] = w >>> 24;
    out[4 * i + 1] = (w >>> 16) & 0xff;
    out[4 * i + 2] = (w >>> 8) & 0xff;
    out[4 * i + 3] = w & 0xff;
  }
  return out;
}

export function littleEndianWords(words: ArrayLike<number>, n: number): Uint8Array {
  const out = new Uint8Array(n * 4);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    out[4 * i] = w & 0xff;
    out[4 * i + 1] = (w >>> 8) & 0xff;
    out[4 * i + 2] = (w >>> 16) & 0xff;
    out[4 * i + 3] = w >>> 24;
  }
  return out;
}

const HEX = '0123456789abcdef';

export function hexOf(d: Uint8Array): string {
  let s = '';
  for (let i = 0; i < d.length; i++) s += HEX[d[i] >> 4] + HEX[d[i] & 15];
  return s;
}

// ---- arguments ----

/** The bytes of a buffer argument to a hash function.  CPython: GET_BUFFER_VIEW_OR_ERROR */
export function hashBuffer(v: PyValue): Uint8Array {
  if (isStrValue(v)) throw typeError('Strings must be encoded before hashing');
  const b = simpleBuffer(v);
  if (b === null) throw typeError('object supporting the buffer API required');
  return b;
}

/**
 * The initial data of a constructor given as data=... or (deprecated) string=..., or null.
 * `data` is undefined when not passed. CPython: _Py_hashlib_data_argument
 */
export function hashDataArgument(data: PyValue | undefined, string: PyValue | undefined): PyValue | null {
  const s = string;
  if (data !== undefined && s === undefined) return data;
  if (data === undefined && s !== undefined) return s;
  if (data === undefined) return null;
  throw typeError("'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
}

// ---- the Python hash object ----

/** An instance of one of the hash types (_md5.md5, _sha2.SHA256Type, _sha3.sha3_256...). */
export class PyHash extends PyObject {
  constructor(
    type: PyType,
    public state: HashState,
  ) {
    super();
    this.ob_type = type;
  }
}

export function hashState(self: PyValue): HashState {
  return (self as PyHash).state;
}

export function hashCopy(self: PyValue): PyHash {
  return new PyHash(typeOf(self), hashState(self).copy());
}

export function hashDigest(self: PyValue): PyBytes {
  return new PyBytes(hashState(self).digest());
}

export function hashHexdigest(self: PyValue): string {
  return hexOf(hashState(self).digest());
}

export function hashUpdate(self: PyValue, obj: PyValue): PyValue {
  hashState(self).update(hashBuffer(obj));
  return None;
}

/** The methods every fixed-size hash object has. */
export const HASH_METHODS = {
  copy: { sig: '($self, /)', impl: hashCopy, doc: 'Return a copy of the hash object.' },
  digest: { sig: '($self, /)', impl: hashDigest, doc: 'Return the digest value as a bytes object.' },
  hexdigest: { sig: '($self, /)', impl: hashHexdigest, doc: 'Return the digest value as a string of hexadecimal digits.' },
  update: { sig: '($self, obj, /)', impl: hashUpdate, doc: "Update this hash object's state with the provided string." },
};

const CONSTRUCTOR_TEXT = "($module, /, data=b'', *, usedforsecurity=True, string=None)";
const CONSTRUCTOR_SIG = { ...parseSignature("($module, /, data=b'', *, usedforsecurity=True, string=<unrepresentable>)"), text: CONSTRUCTOR_TEXT };

/**
 * Adds the module's hash constructors (md5(), sha256()...). They are bound with string=<missing> so
 * that an explicit string=None is told apart from no string (CPython then fails on None's missing
 * buffer), while __text_signature__ shows CPython's "string=None".
 */
export function addHashConstructors(m: PyModule, moduleName: string, specs: { [name: string]: readonly [NativeImpl, string] }): void {
  for (const [name, [impl, doc]] of Object.entries(specs)) {
    m.ob_dict.setStr(name, new PyCFunction(name, name, CONSTRUCTOR_SIG, { short: name, funcStr: `${moduleName}.${name}()` }, impl, m, moduleName, doc));
  }
}

/** A new exception class `module.name` deriving from `base`.  CPython: PyErr_NewException */
export function newExceptionClass(module: string, name: string, base: PyType): PyType {
  const dict = new PyDict();
  dict.setStr('__module__', module);
  return PyObject_Call(TypeType, [name, new PyTuple([base]), dict]) as PyType;
}
