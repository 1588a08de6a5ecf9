// The _sha3 module: SHA3-224/256/384/512 and the SHAKE128/256 extendable-output functions (FIPS 202).
// CPython: Modules/sha3module.c (over HACL*)
//
// Keccak-f[1600] works on 25 lanes of 64 bits, held here as (low, high) pairs of 32-bit ints:
// lane i is st[2i] (low half) and st[2i + 1] (high half).
import { None, type PyValue } from '../objects/object.ts';
import type { PyType } from '../objects/type.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { TPFLAGS } from '../objects/type.ts';
import { PyBytes } from '../objects/bytes.ts';
import { PyNumber_Index } from '../objects/abstract.ts';
import { bindArguments, parseSignature } from '../objects/getargs.ts';
import { valueError, overflowError } from '../objects/exceptions.ts';
import { HashState, PyHash, GIL_MINSIZE, hashBuffer, hashDataArgument, hashState, hexOf, HASH_METHODS } from './hashlib-support.ts';

// Round constants (low, high) from the degree-8 LFSR of FIPS 202 section 3.2.5, and the rho
// rotation offsets and pi lane order of the combined rho-pi step.
const RC = new Int32Array(48);
{
  let r = 1;
  for (let round = 0; round < 24; round++) {
    let lo = 0;
    let hi = 0;
    for (let j = 0; j < 7; j++) {
      if (r & 1) {
        const bit = (1 << j) - 1;
        if (bit < 32) lo |= 1 << bit;
        else hi |= 1 << (bit - 32);
      }
      r = r & 0x80 ? ((r << 1) ^ 0x71) & 0xff : (r << 1) & 0xff;
    }
    RC[2 * round] = lo;
    RC[2 * round + 1] = hi;
  }
}
const RHO = new Int32Array(25);
const PI = new Int32Array(25);
{
  let x = 1;
  let y = 0;
  for (let t = 0; t < 24; t++) {
    RHO[x + 5 * y] = (((t + 1) * (t + 2)) / 2) % 64;
    const nx = y;
    const ny = (2 * x + 3 * y) % 5;
    x = nx;
    y = ny;
  }
  for (let x2 = 0; x2 < 5; x2++) for (let y2 = 0; y2 < 5; y2++) PI[x2 + 5 * y2] = y2 + 5 * ((2 * x2 + 3 * y2) % 5);
}

const C = new Int32Array(10);
const B = new Int32Array(50);
// Per lane: where rho-pi moves it, and its rotation split for (low, high) halves.
const PI2 = new Int32Array(25);
const ROT = new Int32Array(25);
for (let i = 0; i < 25; i++) {
  PI2[i] = 2 * PI[i];
  ROT[i] = RHO[i];
}

/** The Keccak-f[1600] permutation: 24 rounds of theta, rho, pi, chi and iota. */
function keccakF(st: Int32Array): void {
  for (let round = 0; round < 48; round += 2) {
    // theta: each column's parity, folded into the neighbouring columns
    for (let x = 0; x < 10; x += 2) {
      C[x] = st[x] ^ st[x + 10] ^ st[x + 20] ^ st[x + 30] ^ st[x + 40];
      C[x + 1] = st[x + 1] ^ st[x + 11] ^ st[x + 21] ^ st[x + 31] ^ st[x + 41];
    }
    for (let x = 0; x < 10; x += 2) {
      const p = x === 0 ? 8 : x - 2;
      const q = x === 8 ? 0 : x + 2;
      const ql = C[q];
      const qh = C[q + 1];
      const dl = C[p] ^ ((ql << 1) | (qh >>> 31));
      const dh = C[p + 1] ^ ((qh << 1) | (ql >>> 31));
      for (let y = x; y < 50; y += 10) {
        st[y] ^= dl;
        st[y + 1] ^= dh;
      }
    }
    // rho and pi: lane i, rotated left by ROT[i], moves to lane PI[i]
    for (let i = 0; i < 25; i++) {
      const l = st[2 * i];
      const h = st[2 * i + 1];
      const r = ROT[i];
      const j = PI2[i];
      if (r < 32) {
        if (r === 0) {
          B[j] = l;
          B[j + 1] = h;
        } else {
          B[j] = (l << r) | (h >>> (32 - r));
          B[j + 1] = (h << r) | (l >>> (32 - r));
        }
      } else if (r === 32) {
        B[j] = h;
        B[j + 1] = l;
      } else {
        const s = r - 32;
        B[j] = (h << s) | (l >>> (32 - s));
        B[j + 1] = (l << s) | (h >>> (32 - s));
      }
    }
    // chi: each row combined with its two right neighbours
    for (let y = 0; y < 50; y += 10) {
      const b0l = B[y], b0h = B[y + 1], b1l = B[y + 2], b1h = B[y + 3], b2l = B[y + 4], b2h = B[y + 5];
      const b3l = B[y + 6], b3h = B[y + 7], b4l = B[y + 8], b4h = B[y + 9];
      st[y] = b0l ^ (~b1l & b2l);
      st[y + 1] = b0h ^ (~b1h & b2h);
      st[y + 2] = b1l ^ (~b2l & b3l);
      st[y + 3] = b1h ^ (~b2h & b3h);
      st[y + 4] = b2l ^ (~b3l & b4l);
      st[y + 5] = b2h ^ (~b3h & b4h);
      st[y + 6] = b3l ^ (~b4l & b0l);
      st[y + 7] = b3h ^ (~b4h & b0h);
      st[y + 8] = b4l ^ (~b0l & b1l);
      st[y + 9] = b4h ^ (~b0h & b1h);
    }
    // iota
    st[0] ^= RC[round];
    st[1] ^= RC[round + 1];
  }
}

/** A Keccak sponge: `rate` bytes absorbed per permutation, `suffix` the domain-separation bits. */
export class SHA3State extends HashState {
  private readonly st = new Int32Array(50);
  private pos = 0;

  constructor(
    readonly blockSize: number,
    readonly digestSize: number,
    readonly suffix: number,
  ) {
    super();
  }

  private xorByte(i: number, b: number): void {
    this.st[i >> 2] ^= b << (8 * (i & 3));
  }

  update(data: Uint8Array): void {
    const rate = this.blockSize;
    const st = this.st;
    let pos = this.pos;
    let i = 0;
    const n = data.length;
    while (i < n) {
      if ((pos & 3) === 0 && n - i >= 4) {
        // Whole 32-bit words (the rate is a multiple of 8 bytes).
        const words = Math.min((rate - pos) >> 2, (n - i) >> 2);
        let w = pos >> 2;
        for (let k = 0; k < words; k++, i += 4) st[w++] ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
        pos += words << 2;
      } else {
        this.xorByte(pos++, data[i++]);
      }
      if (pos === rate) {
        keccakF(st);
        pos = 0;
      }
    }
    this.pos = pos;
  }

  /** `n` bytes of output (the digest, or a SHAKE output of any length). */
  squeeze(n: number): Uint8Array {
    const c = this.copy();
    const rate = c.blockSize;
    c.xorByte(c.pos, c.suffix);
    c.xorByte(rate - 1, 0x80);
    keccakF(c.st);
    const out = new Uint8Array(n);
    let o = 0;
    while (o < n) {
      const take = Math.min(rate, n - o);
      for (let i = 0; i < take; i++) out[o + i] = (c.st[i >> 2] >>> (8 * (i & 3))) & 0xff;
      o += take;
      if (o < n) keccakF(c.st);
    }
    return out;
  }

  digest(): Uint8Array {
    return this.squeeze(this.digestSize);
  }

  copy(): SHA3State {
    const c = new SHA3State(this.blockSize, this.digestSize, this.suffix);
    c.st.set(this.st);
    c.pos = this.pos;
    return c;
  }
}

interface Variant {
  readonly name: string;
  readonly rate: number;
  readonly digestSize: number;
  readonly shake: boolean;
}

const VARIANTS = new Map<PyType, Variant>();

export function newSHA3State(name: string): SHA3State | null {
  for (const v of VARIANTS.values()) if (v.name === name) return new SHA3State(v.rate, v.shake ? 0 : v.digestSize, v.shake ? 0x1f : 0x06);
  return null;
}

const NEW_SIG = parseSignature("(data=b'', *, usedforsecurity=True, string=<unrepresentable>)");

// Argument Clinic names the shared constructor after the first type, whichever type is built.
const NEW_NAMES = { short: 'sha3_224', funcStr: 'sha3_224()' };

function sha3New(type: PyType, args: readonly PyValue[], kwnames: readonly string[] | null): PyValue {
  const v = VARIANTS.get(type)!;
  const [data, , string] = bindArguments(NEW_SIG, NEW_NAMES, args, kwnames) as (PyValue | undefined)[];
  const init = hashDataArgument(data, string);
  const st = newSHA3State(v.name)!;
  if (init !== null) st.update(hashBuffer(init));
  return new PyHash(type, st);
}

/** The length of a SHAKE output: clinic's unsigned_long converter, then the module's own bound. */
function shakeLength(v: PyValue): number {
  const n = PyNumber_Index(v);
  if (n < 0) throw valueError('Cannot convert negative int');
  if (n > 0xffffffffffffffffn) throw overflowError('Python int too large for C unsigned long');
  if (n >= 1 << 29) throw valueError('length is too large');
  return Number(n);
}

function shakeDigest(self: PyValue, length: PyValue): PyBytes {
  return new PyBytes((hashState(self) as SHA3State).squeeze(shakeLength(length)));
}

function shakeHexdigest(self: PyValue, length: PyValue): string {
  return hexOf((hashState(self) as SHA3State).squeeze(shakeLength(length)));
}

function sha3Type(name: string, rate: number, digestSize: number, shake: boolean, doc: string): PyType {
  const t = defineBuiltinType({
    name: `_sha3.${name}`,
    doc,
    flags: TPFLAGS.HAVE_GC,
    slots: { tp_new: sha3New },
    methods: shake
      ? {
          copy: HASH_METHODS.copy,
          digest: { sig: '($self, /, length)', impl: shakeDigest, doc: 'Return the digest value as a bytes object.' },
          hexdigest: { sig: '($self, /, length)', impl: shakeHexdigest, doc: 'Return the digest value as a string of hexadecimal digits.' },
          update: HASH_METHODS.update,
        }
      : HASH_METHODS,
    getset: {
      block_size: { get: () => rate },
      name: { get: () => name },
      digest_size: { get: () => (shake ? 0 : digestSize) },
      _capacity_bits: { get: () => 1600 - rate * 8 },
      _rate_bits: { get: () => rate * 8 },
      _suffix: { get: () => new PyBytes(Uint8Array.of(shake ? 0x1f : 0x06)) },
    },
  });
  VARIANTS.set(t, { name, rate, digestSize, shake });
  return t;
}

const shaDoc = (n: number, bytes: number) =>
  `sha3_${n}([data], *, usedforsecurity=True) -> SHA3 object\n\nA SHA3-${n} hash object, whose digests are ${bytes} bytes long.`;
const shakeDoc = (n: number) => `shake_${n}([data], *, usedforsecurity=True) -> SHAKE object\n\nA SHAKE${n} hash object, whose digests have the length asked for.`;

export const SHA3_224Type = sha3Type('sha3_224', 144, 28, false, shaDoc(224, 28));
export const SHA3_256Type = sha3Type('sha3_256', 136, 32, false, shaDoc(256, 32));
export const SHA3_384Type = sha3Type('sha3_384', 104, 48, false, shaDoc(384, 48));
export const SHA3_512Type = sha3Type('sha3_512', 72, 64, false, shaDoc(512, 64));
export const SHAKE128Type = sha3Type('shake_128', 168, 0, true, shakeDoc(128));
export const SHAKE256Type = sha3Type('shake_256', 136, 0, true, shakeDoc(256));

export const sha3Module = defineModule({
  name: '_sha3',
  constants: () => ({
    sha3_224: SHA3_224Type,
    sha3_256: SHA3_256Type,
    sha3_384: SHA3_384Type,
    sha3_512: SHA3_512Type,
    shake_128: SHAKE128Type,
    shake_256: SHAKE256Type,
    implementation: 'HACL',
    _GIL_MINSIZE: GIL_MINSIZE,
  }),
});

void None;
