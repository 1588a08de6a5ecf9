// The _blake2 module: BLAKE2b and BLAKE2s (RFC 7693), with keys, salt, personalization and the tree
// hashing parameters.  CPython: Modules/blake2module.c (over HACL*)
//
// BLAKE2b works on 64-bit words held as (high, low) pairs of 32-bit ints; BLAKE2s on 32-bit words.
// Both keep the last block back until the digest is asked for, since it is compressed with the
// final flag.
import { None, type PyValue } from '../objects/object.ts';
import { TPFLAGS, type PyType } from '../objects/type.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyObject_IsTrue, PyNumber_Index } from '../objects/abstract.ts';
import { bytesLikeData } from '../objects/bytes/buffer.ts';
import { bindArguments, parseSignature } from '../objects/getargs.ts';
import { valueError, overflowError } from '../objects/exceptions.ts';
import { HashState, PyHash, HASH_METHODS, GIL_MINSIZE, hashBuffer, hashDataArgument, littleEndianWords, hashState } from './hashlib-support.ts';
import { IV256, IV512_HI, IV512_LO } from './_sha2.ts';

// The message word schedule of each round (RFC 7693 section 2.7).
const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
].map((r) => Int32Array.from(r));

/** The parameters of BLAKE2's parameter block (RFC 7693 section 2.5, BLAKE2 paper section 2.8). */
export interface Blake2Params {
  digestSize: number;
  key: Uint8Array;
  salt: Uint8Array;
  person: Uint8Array;
  fanout: number;
  depth: number;
  leafSize: number;
  nodeOffset: bigint;
  nodeDepth: number;
  innerSize: number;
  lastNode: boolean;
}

export function defaultParams(digestSize: number): Blake2Params {
  const empty = new Uint8Array(0);
  return { digestSize, key: empty, salt: empty, person: empty, fanout: 1, depth: 1, leafSize: 0, nodeOffset: 0n, nodeDepth: 0, innerSize: 0, lastNode: false };
}

/** The parameter block as bytes; the state starts as IV xor these words. */
function paramBlock(p: Blake2Params, big: boolean): Uint8Array {
  const b = new Uint8Array(big ? 64 : 32);
  b[0] = p.digestSize;
  b[1] = p.key.length;
  b[2] = p.fanout;
  b[3] = p.depth;
  for (let k = 0; k < 4; k++) b[4 + k] = (p.leafSize >>> (8 * k)) & 0xff;
  const offBytes = big ? 8 : 6;
  for (let k = 0; k < offBytes; k++) b[8 + k] = Number((p.nodeOffset >> BigInt(8 * k)) & 0xffn);
  b[8 + offBytes] = p.nodeDepth;
  b[9 + offBytes] = p.innerSize;
  b.set(p.salt, big ? 32 : 16);
  b.set(p.person, big ? 48 : 24);
  return b;
}

function word(d: Uint8Array, p: number): number {
  return d[p] | (d[p + 1] << 8) | (d[p + 2] << 16) | (d[p + 3] << 24);
}

export class Blake2bState extends HashState {
  readonly blockSize = 128;
  readonly digestSize: number;
  private readonly hh = new Int32Array(8);
  private readonly hl = new Int32Array(8);
  private readonly buf = new Uint8Array(128);
  private bufLen = 0;
  /** Bytes compressed so far (a 128-bit counter in the spec; 2**53 is plenty). */
  private count = 0;
  private lastNode = false;

  constructor(p: Blake2Params | null) {
    super();
    if (p === null) {
      this.digestSize = 0;
      return;
    }
    this.digestSize = p.digestSize;
    this.lastNode = p.lastNode;
    const pb = paramBlock(p, true);
    for (let i = 0; i < 8; i++) {
      this.hl[i] = IV512_LO[i] ^ word(pb, 8 * i);
      this.hh[i] = IV512_HI[i] ^ word(pb, 8 * i + 4);
    }
    if (p.key.length > 0) {
      this.buf.set(p.key);
      this.bufLen = 128;
    }
  }

  private compress(d: Uint8Array, off: number, last: boolean): void {
    const vh = V_HI;
    const vl = V_LO;
    const mh = M_HI;
    const ml = M_LO;
    for (let i = 0; i < 16; i++) {
      ml[i] = word(d, off + 8 * i);
      mh[i] = word(d, off + 8 * i + 4);
    }
    for (let i = 0; i < 8; i++) {
      vh[i] = this.hh[i];
      vl[i] = this.hl[i];
      vh[i + 8] = IV512_HI[i];
      vl[i + 8] = IV512_LO[i];
    }
    vl[12] ^= this.count >>> 0;
    vh[12] ^= Math.floor(this.count / 4294967296) | 0;
    if (last) {
      vl[14] = ~vl[14];
      vh[14] = ~vh[14];
      if (this.lastNode) {
        vl[15] = ~vl[15];
        vh[15] = ~vh[15];
      }
    }
    for (let r = 0; r < 12; r++) {
      const s = SIGMA[r % 10];
      g64(0, 4, 8, 12, s[0], s[1]);
      g64(1, 5, 9, 13, s[2], s[3]);
      g64(2, 6, 10, 14, s[4], s[5]);
      g64(3, 7, 11, 15, s[6], s[7]);
      g64(0, 5, 10, 15, s[8], s[9]);
      g64(1, 6, 11, 12, s[10], s[11]);
      g64(2, 7, 8, 13, s[12], s[13]);
      g64(3, 4, 9, 14, s[14], s[15]);
    }
    for (let i = 0; i < 8; i++) {
      this.hh[i] ^= vh[i] ^ vh[i + 8];
      this.hl[i] ^= vl[i] ^ vl[i + 8];
    }
  }

  update(data: Uint8Array): void {
    let i = 0;
    const n = data.length;
    while (i < n) {
      if (this.bufLen === 128) {
        this.count += 128;
        this.compress(this.buf, 0, false);
        this.bufLen = 0;
      }
      // Whole blocks straight from the input, keeping at least one byte back for the end.
      if (this.bufLen === 0) {
        while (n - i > 128) {
          this.count += 128;
          this.compress(data, i, false);
          i += 128;
        }
      }
      const take = Math.min(128 - this.bufLen, n - i);
      this.buf.set(data.subarray(i, i + take), this.bufLen);
      this.bufLen += take;
      i += take;
    }
  }

  digest(): Uint8Array {
    const c = this.copy();
    c.count += c.bufLen;
    c.buf.fill(0, c.bufLen);
    c.compress(c.buf, 0, true);
    const words = new Int32Array(16);
    for (let i = 0; i < 8; i++) {
      words[2 * i] = c.hl[i];
      words[2 * i + 1] = c.hh[i];
    }
    return littleEndianWords(words, 16).slice(0, this.digestSize);
  }

  copy(): Blake2bState {
    const c = new Blake2bState(null);
    (c as { digestSize: number }).digestSize = this.digestSize;
    c.hh.set(this.hh);
    c.hl.set(this.hl);
    c.buf.set(this.buf);
    c.bufLen = this.bufLen;
    c.count = this.count;
    c.lastNode = this.lastNode;
    return c;
  }
}

const V_HI = new Int32Array(16);
const V_LO = new Int32Array(16);
const M_HI = new Int32Array(16);
const M_LO = new Int32Array(16);
const TWO32 = 4294967296;

/** BLAKE2b's mixing function G on v[a], v[b], v[c], v[d] with message words m[x], m[y]. */
function g64(a: number, b: number, c: number, d: number, x: number, y: number): void {
  const vh = V_HI;
  const vl = V_LO;
  // a = a + b + m[x]
  let s = (vl[a] >>> 0) + (vl[b] >>> 0) + (M_LO[x] >>> 0);
  vh[a] = (vh[a] + vh[b] + M_HI[x] + ((s / TWO32) | 0)) | 0;
  vl[a] = s | 0;
  // d = (d ^ a) >>> 32
  let th = vh[d] ^ vh[a];
  let tl = vl[d] ^ vl[a];
  vh[d] = tl;
  vl[d] = th;
  // c = c + d
  s = (vl[c] >>> 0) + (vl[d] >>> 0);
  vh[c] = (vh[c] + vh[d] + ((s / TWO32) | 0)) | 0;
  vl[c] = s | 0;
  // b = (b ^ c) >>> 24
  th = vh[b] ^ vh[c];
  tl = vl[b] ^ vl[c];
  vh[b] = (th >>> 24) | (tl << 8);
  vl[b] = (tl >>> 24) | (th << 8);
  // a = a + b + m[y]
  s = (vl[a] >>> 0) + (vl[b] >>> 0) + (M_LO[y] >>> 0);
  vh[a] = (vh[a] + vh[b] + M_HI[y] + ((s / TWO32) | 0)) | 0;
  vl[a] = s | 0;
  // d = (d ^ a) >>> 16
  th = vh[d] ^ vh[a];
  tl = vl[d] ^ vl[a];
  vh[d] = (th >>> 16) | (tl << 16);
  vl[d] = (tl >>> 16) | (th << 16);
  // c = c + d
  s = (vl[c] >>> 0) + (vl[d] >>> 0);
  vh[c] = (vh[c] + vh[d] + ((s / TWO32) | 0)) | 0;
  vl[c] = s | 0;
  // b = (b ^ c) >>> 63, that is, rotated left by one
  th = vh[b] ^ vh[c];
  tl = vl[b] ^ vl[c];
  vh[b] = (th << 1) | (tl >>> 31);
  vl[b] = (tl << 1) | (th >>> 31);
}

const VS = new Int32Array(16);
const MS = new Int32Array(16);

function g32(a: number, b: number, c: number, d: number, x: number, y: number): void {
  const v = VS;
  v[a] = (v[a] + v[b] + MS[x]) | 0;
  let t = v[d] ^ v[a];
  v[d] = (t >>> 16) | (t << 16);
  v[c] = (v[c] + v[d]) | 0;
  t = v[b] ^ v[c];
  v[b] = (t >>> 12) | (t << 20);
  v[a] = (v[a] + v[b] + MS[y]) | 0;
  t = v[d] ^ v[a];
  v[d] = (t >>> 8) | (t << 24);
  v[c] = (v[c] + v[d]) | 0;
  t = v[b] ^ v[c];
  v[b] = (t >>> 7) | (t << 25);
}

export class Blake2sState extends HashState {
  readonly blockSize = 64;
  readonly digestSize: number;
  private readonly h = new Int32Array(8);
  private readonly buf = new Uint8Array(64);
  private bufLen = 0;
  private count = 0;
  private lastNode = false;

  constructor(p: Blake2Params | null) {
    super();
    if (p === null) {
      this.digestSize = 0;
      return;
    }
    this.digestSize = p.digestSize;
    this.lastNode = p.lastNode;
    const pb = paramBlock(p, false);
    for (let i = 0; i < 8; i++) this.h[i] = IV256[i] ^ word(pb, 4 * i);
    if (p.key.length > 0) {
      this.buf.set(p.key);
      this.bufLen = 64;
    }
  }

  private compress(d: Uint8Array, off: number, last: boolean): void {
    const v = VS;
    for (let i = 0; i < 16; i++) MS[i] = word(d, off + 4 * i);
    for (let i = 0; i < 8; i++) {
      v[i] = this.h[i];
      v[i + 8] = IV256[i];
    }
    v[12] ^= this.count >>> 0;
    v[13] ^= Math.floor(this.count / 4294967296) | 0;
    if (last) {
      v[14] = ~v[14];
      if (this.lastNode) v[15] = ~v[15];
    }
    for (let r = 0; r < 10; r++) {
      const s = SIGMA[r];
      g32(0, 4, 8, 12, s[0], s[1]);
      g32(1, 5, 9, 13, s[2], s[3]);
      g32(2, 6, 10, 14, s[4], s[5]);
      g32(3, 7, 11, 15, s[6], s[7]);
      g32(0, 5, 10, 15, s[8], s[9]);
      g32(1, 6, 11, 12, s[10], s[11]);
      g32(2, 7, 8, 13, s[12], s[13]);
      g32(3, 4, 9, 14, s[14], s[15]);
    }
    for (let i = 0; i < 8; i++) this.h[i] ^= v[i] ^ v[i + 8];
  }

  update(data: Uint8Array): void {
    let i = 0;
    const n = data.length;
    while (i < n) {
      if (this.bufLen === 64) {
        this.count += 64;
        this.compress(this.buf, 0, false);
        this.bufLen = 0;
      }
      if (this.bufLen === 0) {
        while (n - i > 64) {
          this.count += 64;
          this.compress(data, i, false);
          i += 64;
        }
      }
      const take = Math.min(64 - this.bufLen, n - i);
      this.buf.set(data.subarray(i, i + take), this.bufLen);
      this.bufLen += take;
      i += take;
    }
  }

  digest(): Uint8Array {
    const c = this.copy();
    c.count += c.bufLen;
    c.buf.fill(0, c.bufLen);
    c.compress(c.buf, 0, true);
    return littleEndianWords(c.h, 8).slice(0, this.digestSize);
  }

  copy(): Blake2sState {
    const c = new Blake2sState(null);
    (c as { digestSize: number }).digestSize = this.digestSize;
    c.h.set(this.h);
    c.buf.set(this.buf);
    c.bufLen = this.bufLen;
    c.count = this.count;
    c.lastNode = this.lastNode;
    return c;
  }
}

// ---- the Python types ----

const NEW_SIG = parseSignature(
  "(data=b'', *, digest_size=<unrepresentable>, key=b'', salt=b'', person=b'', fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True, string=<unrepresentable>)",
);

/** Clinic's int converter. */
function cInt(v: PyValue): number {
  const n = PyNumber_Index(v);
  if (n > 2147483647 || n < -2147483648) throw overflowError('Python int too large to convert to C int');
  return Number(n);
}

/** Clinic's unsigned_long / unsigned_long_long converters (64-bit). */
function cUnsigned(v: PyValue, what: string): bigint {
  const n = BigInt(PyNumber_Index(v));
  if (n < 0n) throw valueError('Cannot convert negative int');
  if (n > 0xffffffffffffffffn) throw overflowError(`Python int too large for C ${what}`);
  return n;
}

function blake2New(big: boolean) {
  const name = big ? 'blake2b' : 'blake2s';
  const outBytes = big ? 64 : 32;
  const keyBytes = big ? 64 : 32;
  const saltBytes = big ? 16 : 8;
  return (type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue => {
    const a = bindArguments(NEW_SIG, { short: name, funcStr: `${name}()` }, args, kwnames) as (PyValue | undefined)[];
    const [data, digestSizeArg, keyArg, saltArg, personArg, fanoutArg, depthArg, leafArg, offsetArg, nodeDepthArg, innerArg, lastArg, , string] = a;
    const init = hashDataArgument(data, string);
    const digestSize = digestSizeArg === undefined ? outBytes : cInt(digestSizeArg);
    const key = keyArg === undefined ? new Uint8Array(0) : bytesLikeData(keyArg);
    const salt = saltArg === undefined ? new Uint8Array(0) : bytesLikeData(saltArg);
    const person = personArg === undefined ? new Uint8Array(0) : bytesLikeData(personArg);
    const fanout = cInt(fanoutArg!);
    const depth = cInt(depthArg!);
    const leafSize = cUnsigned(leafArg!, 'unsigned long');
    const nodeOffset = cUnsigned(offsetArg!, 'unsigned long long');
    const nodeDepth = cInt(nodeDepthArg!);
    const innerSize = cInt(innerArg!);
    const lastNode = PyObject_IsTrue(lastArg!);
    const family = big ? 'Blake2b' : 'Blake2s';
    if (digestSize <= 0 || digestSize > outBytes) {
      throw valueError(`digest_size for ${family} must be between 1 and ${outBytes} bytes, here it is ${digestSize}`);
    }
    if (salt.length > saltBytes) throw valueError(`maximum salt length is ${saltBytes} bytes`);
    if (person.length > saltBytes) throw valueError(`maximum person length is ${saltBytes} bytes`);
    if (fanout < 0 || fanout > 255) throw valueError('fanout must be between 0 and 255');
    if (depth <= 0 || depth > 255) throw valueError('depth must be between 1 and 255');
    if (leafSize > 0xffffffffn) throw overflowError('leaf_size is too large');
    if (!big && nodeOffset > 0xffffffffffffn) throw overflowError('node_offset is too large');
    if (nodeDepth < 0 || nodeDepth > 255) throw valueError('node_depth must be between 0 and 255');
    if (innerSize < 0 || innerSize > outBytes) throw valueError(`inner_size must be between 0 and is ${outBytes}`);
    if (key.length > keyBytes) throw valueError(`maximum key length is ${keyBytes} bytes`);
    const p: Blake2Params = { digestSize, key, salt, person, fanout, depth, leafSize: Number(leafSize), nodeOffset, nodeDepth, innerSize, lastNode };
    const state = big ? new Blake2bState(p) : new Blake2sState(p);
    if (init !== null) state.update(hashBuffer(init));
    return new PyHash(type, state);
  };
}

function blake2Type(big: boolean): PyType {
  const name = big ? 'blake2b' : 'blake2s';
  const sizes = big ? [16, 16, 64, 64] : [8, 8, 32, 32];
  return defineBuiltinType({
    name: `_blake2.${name}`,
    doc: `Return a new BLAKE2${big ? 'b' : 's'} hash object.`,
    flags: TPFLAGS.HAVE_GC,
    slots: { tp_new: blake2New(big) },
    methods: HASH_METHODS,
    getset: {
      name: { get: () => name },
      block_size: { get: (self: PyValue) => hashState(self).blockSize },
      digest_size: { get: (self: PyValue) => hashState(self).digestSize },
    },
    attrs: () => ({ SALT_SIZE: sizes[0], PERSON_SIZE: sizes[1], MAX_KEY_SIZE: sizes[2], MAX_DIGEST_SIZE: sizes[3] }),
  });
}

export const Blake2bType = blake2Type(true);
export const Blake2sType = blake2Type(false);

export const blake2Module = defineModule({
  name: '_blake2',
  constants: () => ({
    _GIL_MINSIZE: GIL_MINSIZE,
    blake2b: Blake2bType,
    BLAKE2B_SALT_SIZE: 16,
    BLAKE2B_PERSON_SIZE: 16,
    BLAKE2B_MAX_KEY_SIZE: 64,
    BLAKE2B_MAX_DIGEST_SIZE: 64,
    blake2s: Blake2sType,
    BLAKE2S_SALT_SIZE: 8,
    BLAKE2S_PERSON_SIZE: 8,
    BLAKE2S_MAX_KEY_SIZE: 32,
    BLAKE2S_MAX_DIGEST_SIZE: 32,
  }),
});

void None;
