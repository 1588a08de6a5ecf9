// IEEE 754 binary16 and binary32 packing as struct does it.  CPython: Objects/floatobject.c
// PyFloat_Pack2, PyFloat_Unpack2, PyFloat_Pack4 (the IEEE-platform branches).
import { overflowError } from '../../objects/exceptions.ts';

const scratch = new DataView(new ArrayBuffer(8));

/** The bits of a double as [high 32, low 32]. */
function doubleBits(x: number): [number, number] {
  scratch.setFloat64(0, x);
  return [scratch.getUint32(0), scratch.getUint32(4)];
}

/** x = m * 2**e with m in [1, 2), for finite x > 0. */
function splitNormalized(x: number): [number, number] {
  let scale = 0;
  if (x < 2 ** -1022) {
    x *= 2 ** 64;
    scale = -64;
  }
  const [hi] = doubleBits(x);
  const e = ((hi >>> 20) & 0x7ff) - 1023;
  return [x / 2 ** e, e + scale];
}

/** The binary16 bits of x, rounded half to even; OverflowError past the largest finite half. */
export function packHalf(x: number): number {
  if (x === 0) return Object.is(x, -0) ? 0x8000 : 0;
  if (x === Infinity) return 0x7c00;
  if (x === -Infinity) return 0xfc00;
  if (Number.isNaN(x)) {
    const [hi] = doubleBits(x);
    const sign = hi >>> 31 ? 0x8000 : 0;
    // The quiet bit and the top 9 payload bits (bits 42..51 of the double).
    let payload = ((hi & 0xfffff) >>> 10) & 0x3ff;
    if (payload === 0) payload = 0x200;
    return sign | 0x7c00 | payload;
  }
  const sign = x < 0 ? 0x8000 : 0;
  let [f, e] = splitNormalized(Math.abs(x));
  if (e >= 16) throw overflowError('float too large to pack with e format');
  if (e < -25) {
    f = 0;
    e = 0;
  } else if (e < -14) {
    f = f * 2 ** (14 + e);
    e = 0;
  } else {
    e += 15;
    f -= 1;
  }
  f *= 1024;
  let bits = Math.trunc(f);
  const rest = f - bits;
  if (rest > 0.5 || (rest === 0.5 && bits % 2 === 1)) {
    bits++;
    if (bits === 1024) {
      bits = 0;
      e++;
      if (e === 31) throw overflowError('float too large to pack with e format');
    }
  }
  return sign | (e << 10) | bits;
}

/** The double a binary16 holds (NaNs keep their sign and payload). */
export function unpackHalf(h: number): number {
  const sign = h & 0x8000;
  const e = (h >>> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0x1f) {
    if (f === 0) return sign ? -Infinity : Infinity;
    scratch.setUint32(0, (sign ? 0xfff00000 : 0x7ff00000) + (f << 10));
    scratch.setUint32(4, 0);
    return scratch.getFloat64(0);
  }
  const x = e === 0 ? (f / 1024) * 2 ** -14 : (1 + f / 1024) * 2 ** (e - 15);
  return sign ? -x : x;
}

/** x as a float32 value; OverflowError when a finite x rounds to infinity.  CPython: PyFloat_Pack4 */
export function checkedFloat32(x: number): number {
  const y = Math.fround(x);
  if (!Number.isFinite(y) && Number.isFinite(x)) throw overflowError(`float too large to pack with f format`);
  return y;
}
