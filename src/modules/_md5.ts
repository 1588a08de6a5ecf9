// The _md5 module: the MD5 message digest (RFC 1321).  CPython: Modules/md5module.c (over HACL*)
import type { PyValue } from '../objects/object.ts';
import { TPFLAGS } from '../objects/type.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { BlockHash, littleEndianWords, PyHash, HASH_METHODS, GIL_MINSIZE, hashBuffer, hashDataArgument, addHashConstructors } from './hashlib-support.ts';

// Per-round left rotations, and the sine-derived additive constants floor(abs(sin(i + 1)) * 2**32).
const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const K = new Int32Array(64);
for (let i = 0; i < 64; i++) K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0;

export class MD5State extends BlockHash {
  readonly digestSize = 16;
  private readonly h = new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476]);
  private readonly w = new Int32Array(16);

  constructor() {
    super(64);
  }

  protected get lengthBytes(): number {
    return 8;
  }

  protected get littleEndian(): boolean {
    return true;
  }

  protected compress(d: Uint8Array, off: number): void {
    const w = this.w;
    for (let i = 0; i < 16; i++) {
      const p = off + 4 * i;
      w[i] = d[p] | (d[p + 1] << 8) | (d[p + 2] << 16) | (d[p + 3] << 24);
    }
    const h = this.h;
    let a = h[0];
    let b = h[1];
    let c = h[2];
    let e = h[3];
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      let f: number;
      let g: number;
      if (round === 0) {
        f = (b & c) | (~b & e);
        g = i;
      } else if (round === 1) {
        f = (e & b) | (~e & c);
        g = (5 * i + 1) & 15;
      } else if (round === 2) {
        f = b ^ c ^ e;
        g = (3 * i + 5) & 15;
      } else {
        f = c ^ (b | ~e);
        g = (7 * i) & 15;
      }
      const s = SHIFTS[(round << 2) | (i & 3)];
      const t = (a + f + K[i] + w[g]) | 0;
      a = e;
      e = c;
      c = b;
      b = (b + ((t << s) | (t >>> (32 - s)))) | 0;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + e) | 0;
  }

  protected output(): Uint8Array {
    return littleEndianWords(this.h, 4);
  }

  copy(): MD5State {
    const c = this.copyInto(new MD5State());
    c.h.set(this.h);
    return c;
  }
}

function md5New(_m: PyValue, data: PyValue | undefined, _usedforsecurity: PyValue, string: PyValue | undefined): PyHash {
  const init = hashDataArgument(data, string);
  const bytes = init === null ? null : hashBuffer(init);
  const h = new PyHash(MD5Type, new MD5State());
  if (bytes !== null) h.state.update(bytes);
  return h;
}

export const MD5Type = defineBuiltinType({
  name: '_md5.md5',
  flags: TPFLAGS.DISALLOW_INSTANTIATION | TPFLAGS.HAVE_GC,
  methods: HASH_METHODS,
  getset: {
    block_size: { get: () => 64 },
    name: { get: () => 'md5' },
    digest_size: { get: () => 16 },
  },
});

export const md5Module = defineModule({
  name: '_md5',
  init: (m) => addHashConstructors(m, '_md5', { md5: [md5New, 'Return a new MD5 hash object; optionally initialized with a string.'] }),
  constants: () => ({ MD5Type, _GIL_MINSIZE: GIL_MINSIZE }),
});
