// The _sha1 module: the SHA-1 message digest (FIPS 180-4).  CPython: Modules/sha1module.c (over HACL*)
import type { PyValue } from '../objects/object.ts';
import { TPFLAGS } from '../objects/type.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { BlockHash, bigEndianWords, PyHash, HASH_METHODS, GIL_MINSIZE, hashBuffer, hashDataArgument, addHashConstructors } from './hashlib-support.ts';

export class SHA1State extends BlockHash {
  readonly digestSize = 20;
  private readonly h = new Int32Array([0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476, 0xc3d2e1f0 | 0]);
  private readonly w = new Int32Array(80);

  constructor() {
    super(64);
  }

  protected get lengthBytes(): number {
    return 8;
  }

  protected get littleEndian(): boolean {
    return false;
  }

  protected compress(d: Uint8Array, off: number): void {
    const w = this.w;
    for (let i = 0; i < 16; i++) {
      const p = off + 4 * i;
      w[i] = (d[p] << 24) | (d[p + 1] << 16) | (d[p + 2] << 8) | d[p + 3];
    }
    for (let i = 16; i < 80; i++) {
      const x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16];
      w[i] = (x << 1) | (x >>> 31);
    }
    const h = this.h;
    let a = h[0];
    let b = h[1];
    let c = h[2];
    let e = h[3];
    let f4 = h[4];
    for (let i = 0; i < 80; i++) {
      let f: number;
      let k: number;
      if (i < 20) {
        f = (b & c) | (~b & e);
        k = 0x5a827999;
      } else if (i < 40) {
        f = b ^ c ^ e;
        k = 0x6ed9eba1;
      } else if (i < 60) {
        f = (b & c) | (b & e) | (c & e);
        k = 0x8f1bbcdc | 0;
      } else {
        f = b ^ c ^ e;
        k = 0xca62c1d6 | 0;
      }
      const t = (((a << 5) | (a >>> 27)) + f + f4 + k + w[i]) | 0;
      f4 = e;
      e = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + e) | 0;
    h[4] = (h[4] + f4) | 0;
  }

  protected output(): Uint8Array {
    return bigEndianWords(this.h, 5);
  }

  copy(): SHA1State {
    const c = this.copyInto(new SHA1State());
    c.h.set(this.h);
    return c;
  }
}

function sha1New(_m: PyValue, data: PyValue | undefined, _usedforsecurity: PyValue, string: PyValue | undefined): PyHash {
  const init = hashDataArgument(data, string);
  const bytes = init === null ? null : hashBuffer(init);
  const h = new PyHash(SHA1Type, new SHA1State());
  if (bytes !== null) h.state.update(bytes);
  return h;
}

export const SHA1Type = defineBuiltinType({
  name: '_sha1.sha1',
  flags: TPFLAGS.DISALLOW_INSTANTIATION | TPFLAGS.HAVE_GC,
  methods: HASH_METHODS,
  getset: {
    block_size: { get: () => 64 },
    name: { get: () => 'sha1' },
    digest_size: { get: () => 20 },
  },
});

export const sha1Module = defineModule({
  name: '_sha1',
  init: (m) => addHashConstructors(m, '_sha1', { sha1: [sha1New, 'Return a new SHA1 hash object; optionally initialized with a string.'] }),
  constants: () => ({ SHA1Type, _GIL_MINSIZE: GIL_MINSIZE }),
});
