// Sorting the rotations of a bzip2 block, the heart of the Burrows-Wheeler transform.
// CPython: libbzip2's blocksort.c (BZ2_blockSort); this is our own algorithm, prefix doubling.
//
// Rotations are first bucketed by their first two bytes; then, while some group of rotations still
// compares equal on its first h bytes, each such group is sorted by the rank of the rotation starting
// h bytes later, which orders it by its first 2h bytes (Manber and Myers; groups are refined in
// place and numbered by their last row, as Larsson and Sadakane do, so that sorted rows are never
// visited again).  A group whose keys are all equal is left as it is, which keeps blocks made of a
// repeated pattern linear per round.  Once h reaches the block's length what is still grouped are
// equal rotations (a block that repeats itself); those are put in descending order of position.
// (Which of them libbzip2 puts first only changes origPtr, never the length of the output.)

/** Keys and positions are packed as key * 2^20 + position; blocks hold at most 900,000 bytes. */
const POS_SCALE = 1 << 20;
/** Groups up to this size are sorted by insertion. */
const SMALL_GROUP = 16;

export class RotationSorter {
  private readonly rank: Int32Array;
  private readonly keys: Int32Array;
  private readonly packed: Float64Array;
  private groups: Int32Array;
  private nextGroups: Int32Array;
  private readonly count = new Int32Array(65537);

  constructor(capacity: number) {
    this.rank = new Int32Array(capacity);
    this.keys = new Int32Array(capacity);
    this.packed = new Float64Array(capacity);
    this.groups = new Int32Array(capacity + 2);
    this.nextGroups = new Int32Array(capacity + 2);
  }

  /**
   * Sorts the rotations of block[0, n): ptr[row] is the start of the rotation in that row.  Returns the
   * row of the rotation starting at 0 (origPtr).  CPython: BZ2_blockSort
   */
  sort(block: Uint8Array, n: number, ptr: Int32Array): number {
    const { rank, keys, count } = this;
    // Bucket by the first two bytes (stable, so each bucket is in increasing position).
    count.fill(0);
    for (let i = 0; i < n; i++) {
      const k = (block[i] << 8) | block[i + 1 < n ? i + 1 : 0];
      keys[i] = k;
      count[k + 1]++;
    }
    for (let k = 1; k <= 65536; k++) count[k] += count[k - 1];
    for (let i = 0; i < n; i++) ptr[count[keys[i]]++] = i;
    let ngroups = 0;
    let groups = this.groups;
    for (let lo = 0; lo < n; ) {
      const k = keys[ptr[lo]];
      let hi = lo;
      while (hi + 1 < n && keys[ptr[hi + 1]] === k) hi++;
      for (let m = lo; m <= hi; m++) rank[ptr[m]] = hi;
      if (hi > lo) {
        groups[ngroups++] = lo;
        groups[ngroups++] = hi;
      }
      lo = hi + 1;
    }
    for (let h = 2; ngroups > 0 && h < n; h *= 2) {
      const next = this.nextGroups;
      let nn = 0;
      for (let g = 0; g < ngroups; g += 2) nn = this.refine(groups[g], groups[g + 1], h, n, ptr, next, nn);
      this.nextGroups = groups;
      this.groups = groups = next;
      ngroups = nn;
    }
    // What is left are equal rotations.
    for (let g = 0; g < ngroups; g += 2) {
      const lo = groups[g];
      const hi = groups[g + 1];
      ptr.subarray(lo, hi + 1).sort().reverse();
    }
    for (let row = 0; row < n; row++) if (ptr[row] === 0) return row;
    return -1;
  }

  /** Sorts the group ptr[lo..hi] by the rank h bytes further on, and records its unsorted subgroups. */
  private refine(lo: number, hi: number, h: number, n: number, ptr: Int32Array, next: Int32Array, nn: number): number {
    const { rank, keys, packed } = this;
    let min = n;
    let max = -1;
    for (let k = lo; k <= hi; k++) {
      let j = ptr[k] + h;
      if (j >= n) j -= n;
      const key = rank[j];
      keys[k] = key;
      if (key < min) min = key;
      if (key > max) max = key;
    }
    if (min === max) {
      next[nn++] = lo;
      next[nn++] = hi;
      return nn;
    }
    for (let k = lo; k <= hi; k++) packed[k] = keys[k] * POS_SCALE + ptr[k];
    if (hi - lo < SMALL_GROUP) {
      for (let k = lo + 1; k <= hi; k++) {
        const v = packed[k];
        let m = k - 1;
        while (m >= lo && packed[m] > v) {
          packed[m + 1] = packed[m];
          m--;
        }
        packed[m + 1] = v;
      }
    } else {
      packed.subarray(lo, hi + 1).sort();
    }
    for (let k = lo; k <= hi; k++) {
      const v = packed[k];
      const key = Math.floor(v / POS_SCALE);
      keys[k] = key;
      ptr[k] = v - key * POS_SCALE;
    }
    for (let a = lo; a <= hi; ) {
      const key = keys[a];
      let b = a;
      while (b < hi && keys[b + 1] === key) b++;
      for (let m = a; m <= b; m++) rank[ptr[m]] = b;
      if (b > a) {
        next[nn++] = a;
        next[nn++] = b;
      }
      a = b + 1;
    }
    return nn;
  }
}
