// The _random module: the Mersenne Twister (MT19937) behind random.Random.  CPython: Modules/_randommodule.c
//
// random.py builds everything (randrange, shuffle, gauss, choices...) on random() and getrandbits(),
// so producing CPython's exact sequences needs only three things to match bit for bit: the
// generator itself, how a seed becomes its initial state (init_by_array over the seed's 32-bit
// words), and how random() and getrandbits() assemble their results from 32-bit outputs.
import { None, PyObject, type PyValue, type PyIntValue } from '../objects/object.ts';
import { type PyType, TPFLAGS, typeOf } from '../objects/type.ts';
import { defineBuiltinType } from '../objects/builtin-type.ts';
import { defineModule } from '../objects/module-def.ts';
import { newHeapInstance } from '../objects/heap.ts';
import { PyFloat } from '../objects/float.ts';
import { PyTuple } from '../objects/tuple.ts';
import { isIntValue, intValue } from '../objects/boxes.ts';
import { normInt } from '../objects/int.ts';
import { PyObject_Hash, PyNumber_Index } from '../objects/abstract.ts';
import { typeError, valueError, overflowError, memoryError } from '../objects/exceptions.ts';
import { interp } from '../vm/interpreter.ts';
import { moduleDoc } from './docs.ts';

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER_MASK = 0x80000000;
const LOWER_MASK = 0x7fffffff;

export class PyRandom extends PyObject {
  readonly mt = new Uint32Array(N);
  /** The next word of mt to hand out; N means the block must be regenerated first. */
  index = N + 1;
}

// ---- the generator (Matsumoto and Nishimura's MT19937) ----

/** Regenerates all N words of the state at once. */
function twist(mt: Uint32Array): void {
  let kk = 0;
  for (; kk < N - M; kk++) {
    const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
    mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
  }
  for (; kk < N - 1; kk++) {
    const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
    mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
  }
  const y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
  mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
}

/** The next 32-bit output, tempered.  CPython: genrand_uint32 */
function genrandUint32(r: PyRandom): number {
  const mt = r.mt;
  if (r.index >= N) {
    twist(mt);
    r.index = 0;
  }
  let y = mt[r.index++];
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

/** CPython: init_genrand */
function initGenrand(r: PyRandom, s: number): void {
  const mt = r.mt;
  mt[0] = s;
  for (let i = 1; i < N; i++) {
    const p = mt[i - 1];
    mt[i] = Math.imul(1812433253, p ^ (p >>> 30)) + i;
  }
  r.index = N;
}

/** Mixes a key of 32-bit words into the state.  CPython: init_by_array */
function initByArray(r: PyRandom, key: Uint32Array | number[]): void {
  const mt = r.mt;
  const n = key.length;
  initGenrand(r, 19650218);
  let i = 1;
  let j = 0;
  for (let k = N > n ? N : n; k > 0; k--) {
    const p = mt[i - 1];
    mt[i] = (mt[i] ^ Math.imul(p ^ (p >>> 30), 1664525)) + key[j] + j;
    i++;
    j++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
    if (j >= n) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const p = mt[i - 1];
    mt[i] = (mt[i] ^ Math.imul(p ^ (p >>> 30), 1566083941)) - i;
    i++;
    if (i >= N) {
      mt[0] = mt[N - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000;
}

// ---- seeding ----

/** The 32-bit words of a non-negative int, least significant first (one zero word for 0). */
function wordsOf(n: PyIntValue): number[] {
  if (typeof n === 'number') {
    const lo = n % 0x100000000;
    const hi = Math.floor(n / 0x100000000);
    return hi === 0 ? [lo] : [lo, hi];
  }
  const hex = n.toString(16);
  const words: number[] = [];
  for (let end = hex.length; end > 0; end -= 8) words.push(parseInt(hex.slice(Math.max(0, end - 8), end), 16));
  return words;
}

/** CPython: random_seed_urandom (falling back on time and pid as random_seed_time_pid does) */
function seedFromEntropy(r: PyRandom): void {
  let key: Uint32Array;
  try {
    const bytes = interp().host.urandom(N * 4);
    key = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + N * 4));
  } catch {
    const now = Date.now() * 1000;
    const mono = Math.floor(performance.now() * 1e6);
    key = new Uint32Array([now % 2 ** 32, Math.floor(now / 2 ** 32), typeof process === 'object' ? process.pid : 0, mono % 2 ** 32, Math.floor(mono / 2 ** 32)]);
  }
  initByArray(r, key);
}

/** An int seeds by its absolute value; anything else by its hash as an unsigned size_t.  CPython: random_seed */
function randomSeed(r: PyRandom, arg: PyValue | undefined): void {
  if (arg === undefined || arg === None) {
    seedFromEntropy(r);
    return;
  }
  let n: PyIntValue;
  if (isIntValue(arg)) {
    // int.__abs__ even for subclasses, whose own __abs__ could return anything.
    const v = intValue(arg);
    n = typeof v === 'number' ? Math.abs(v) : v < 0n ? normInt(-v) : v;
  } else {
    const h = PyObject_Hash(arg);
    n = h >= 0 ? h : normInt(BigInt(h) + 2n ** 64n);
  }
  initByArray(r, wordsOf(n));
}

// ---- argument conversions ----

/** A uint64_t argument.  CPython: _PyLong_UInt64_Converter */
function uint64Arg(v: PyValue): PyIntValue {
  const i = PyNumber_Index(v);
  if (i < 0) throw valueError('Cannot convert negative int');
  if (typeof i === 'bigint' && i >= 2n ** 64n) throw overflowError('Python int too large for C uint64_t');
  return i;
}

/** One word of a state tuple.  CPython: PyLong_AsUnsignedLong, truncated to uint32_t */
function stateWord(v: PyValue): number {
  if (!isIntValue(v)) throw typeError('an integer is required');
  const i = intValue(v);
  if (i < 0) throw overflowError("can't convert negative value to unsigned int");
  if (typeof i === 'number') return i % 0x100000000;
  if (i >= 2n ** 64n) throw overflowError('Python int too large to convert to C unsigned long');
  return Number(i & 0xffffffffn);
}

/** CPython: PyLong_AsLong */
function longArg(v: PyValue): number {
  const i = PyNumber_Index(v);
  if (typeof i === 'bigint' && (i >= 2n ** 63n || i < -(2n ** 63n))) throw overflowError('Python int too large to convert to C long');
  return Number(i);
}

// ---- methods ----

function R(v: PyValue): PyRandom {
  return v as PyRandom;
}

/** Random() -> a generator seeded from os.urandom.  CPython: PyType_GenericNew */
function randomNew(type: PyType): PyValue {
  return type === RandomType ? new PyRandom() : newHeapInstance(PyRandom, type);
}

/** CPython: random_init (3.14.2) */
function randomInit(self: PyValue, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  const t = typeOf(self);
  if ((t === RandomType || t.tp_init === RandomType.tp_init) && kwnames !== null && kwnames.length > 0) {
    throw typeError('Random() takes no keyword arguments');
  }
  const npos = args.length - (kwnames?.length ?? 0);
  if (npos > 1) throw typeError('Random() requires 0 or 1 argument');
  randomSeed(R(self), npos === 1 ? args[0] : undefined);
}

/** 53 random bits as a float in [0, 1): 27 bits of one output and 26 of the next.  CPython: random_random */
function randomRandom(self: PyValue): PyFloat {
  const r = R(self);
  const a = genrandUint32(r) >>> 5;
  const b = genrandUint32(r) >>> 6;
  return new PyFloat((a * 67108864 + b) * (1 / 9007199254740992));
}

function randomSeedMethod(self: PyValue, n: PyValue | undefined): PyValue {
  randomSeed(R(self), n);
  return None;
}

function randomGetstate(self: PyValue): PyTuple {
  const r = R(self);
  const items: PyValue[] = Array.from(r.mt);
  items.push(r.index);
  return new PyTuple(items);
}

function randomSetstate(self: PyValue, state: PyValue): PyValue {
  if (!(state instanceof PyTuple)) throw typeError('state vector must be a tuple');
  if (state.items.length !== N + 1) throw valueError('state vector is the wrong size');
  const words = new Uint32Array(N);
  for (let i = 0; i < N; i++) words[i] = stateWord(state.items[i]);
  const index = longArg(state.items[N]);
  if (index < 0 || index > N) throw valueError('invalid state');
  const r = R(self);
  r.index = index;
  r.mt.set(words);
  return None;
}

/** An int of k random bits: whole outputs from the least significant word up, the last one's top bits.
 *  CPython: _random_Random_getrandbits_impl */
function randomGetrandbits(self: PyValue, kObj: PyValue): PyIntValue {
  const kBig = uint64Arg(kObj);
  const r = R(self);
  if (kBig === 0) return 0;
  // Differs from CPython: JS BigInts stop at 2**30 bits, where CPython would allocate on.
  if (typeof kBig === 'bigint' || kBig > 2 ** 30) throw memoryError();
  let k = kBig;
  if (k <= 32) return genrandUint32(r) >>> (32 - k);
  if (k <= 53) {
    const lo = genrandUint32(r);
    const hi = genrandUint32(r) >>> (64 - k);
    return hi * 0x100000000 + lo;
  }
  const words = Math.floor((k - 1) / 32) + 1;
  const parts = new Array<string>(words);
  for (let i = 0; i < words; i++, k -= 32) {
    let w = genrandUint32(r);
    if (k < 32) w >>>= 32 - k;
    parts[words - 1 - i] = w.toString(16).padStart(8, '0');
  }
  return normInt(BigInt('0x' + parts.join('')));
}

export const RandomType: PyType = defineBuiltinType({
  name: '_random.Random',
  doc: 'A Mersenne Twister generator with its own state; Random(seed) seeds it.',
  flags: TPFLAGS.BASETYPE,
  instanceClass: PyRandom,
  alloc: (t) => randomNew(t) as PyRandom,
  slots: { tp_new: randomNew, tp_init: randomInit },
  methods: {
    random: { sig: '($self, /)', impl: randomRandom, doc: 'The next float in [0, 1), from 53 random bits.' },
    seed: { sig: '($self, n=None, /)', impl: randomSeedMethod, doc: 'Re-seeds the generator from an int, a hashable object, or os.urandom when n is None.' },
    getstate: { sig: '($self, /)', impl: randomGetstate, doc: 'The internal state as a tuple of 625 ints.' },
    setstate: { sig: '($self, state, /)', impl: randomSetstate, doc: 'Restores a state returned by getstate().' },
    getrandbits: { sig: '($self, k, /)', impl: randomGetrandbits, doc: 'A non-negative int of k random bits.' },
  },
});

// CPython builds _random.Random from a spec without Py_TPFLAGS_IMMUTABLETYPE: its attributes can be set.
RandomType.tp_flags &= ~TPFLAGS.IMMUTABLETYPE;

export const randomModule = defineModule({
  name: '_random',
  doc: moduleDoc('_random'),
  constants: () => ({ Random: RandomType }),
});
