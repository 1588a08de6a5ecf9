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

/** Rotations are first sorted by radix on this many bytes. */
const RADIX_BYTES = 8;
/** Groups up to this size are sorted by insertion. */
const SMALL_GROUP = 16;

export class RotationSorter {
  private readonly rank: Int32Array;
  private readonly keys: Int32Array;
  private readonly tmp: Int32Array;
  private readonly ext: Uint8Array;
  private groups: Int32Array;
  private nextGroups: Int32Array;
  private readonly count = new Int32Array(65537);

  constructor(capacity: number) {
    this.rank = new Int32Array(capacity);
    this.keys = new Int32Array(capacity);
    this.tmp = new Int32Array(capacity);
    this.ext = new Uint8Array(capacity + RADIX_BYTES + 2);
    this.groups = new Int32Array(capacity + 2);
    this.nextGroups = new Int32Array(capacity + 2);
  }

  /**
   * Sorts the rotations of block[0, n): ptr[row] is the start of the rotation in that row.  Returns the
   * row of the rotation starting at 0 (origPtr).  CPython: BZ2_blockSort
   */
  sort(block: Uint8Array, n: number, ptr: Int32Array): number {
    // (Each loop is a function of its own, so that V8 optimizes each as soon as it is hot.)
    this.fillExt(block, n);
    this.radixSort(n, ptr);
    let ngroups = this.firstGroups(n, ptr);
    let groups = this.groups;
    for (let h = RADIX_BYTES; ngroups > 0 && h < n; h *= 2) {
      const next = this.nextGroups;
      let nn = 0;
      for (let g = 0; g < ngroups; g += 2) nn = this.refine(groups[g], groups[g + 1], h, n, ptr, next, nn);
      this.nextGroups = groups;
      this.groups = groups = next;
      ngroups = nn;
    }
    // What is left are equal rotations.
    for (let g = 0; g < ngroups; g += 2) ptr.subarray(groups[g], groups[g + 1] + 1).sort().reverse();
    return ptr.indexOf(0);
  }

  /** The block followed by its first bytes again, so that the first RADIX_BYTES bytes of any rotation are consecutive. */
  private fillExt(block: Uint8Array, n: number): void {
    const ext = this.ext;
    ext.set(block.subarray(0, n));
    for (let j = n; j < n + RADIX_BYTES; j++) ext[j] = block[j % n];
  }

  /** Ranks and groups of rotations equal on their first RADIX_BYTES bytes; returns the length of the group list. */
  private firstGroups(n: number, ptr: Int32Array): number {
    const { rank, groups } = this;
    let ngroups = 0;
    for (let lo = 0; lo < n; ) {
      let hi = lo;
      while (hi + 1 < n && this.samePrefix(ptr[hi], ptr[hi + 1])) hi++;
      for (let m = lo; m <= hi; m++) rank[ptr[m]] = hi;
      if (hi > lo) {
        groups[ngroups++] = lo;
        groups[ngroups++] = hi;
      }
      lo = hi + 1;
    }
    return ngroups;
  }

  /** ptr: the positions 0..n-1 sorted by their first RADIX_BYTES bytes (least significant pair first, stable). */
  private radixSort(n: number, ptr: Int32Array): void {
    let src = ptr;
    let dst = this.tmp;
    // An even number of passes ends in ptr.
    for (let i = 0; i < n; i++) src[i] = i;
    for (let d = RADIX_BYTES - 2; d >= 0; d -= 2) {
      this.radixPass(n, d, src, dst);
      const t = src;
      src = dst;
      dst = t;
    }
  }

  /** dst: src stably sorted by the two bytes d and d + 1 of each rotation. */
  private radixPass(n: number, d: number, src: Int32Array, dst: Int32Array): void {
    const { ext, count } = this;
    count.fill(0);
    for (let i = 0; i < n; i++) count[((ext[i + d] << 8) | ext[i + d + 1]) + 1]++;
    for (let k = 1; k <= 65536; k++) count[k] += count[k - 1];
    for (let m = 0; m < n; m++) {
      const i = src[m];
      dst[count[(ext[i + d] << 8) | ext[i + d + 1]]++] = i;
    }
  }

  private samePrefix(a: number, b: number): boolean {
    const ext = this.ext;
    for (let k = 0; k < RADIX_BYTES; k++) if (ext[a + k] !== ext[b + k]) return false;
    return true;
  }

  /** Sorts the group ptr[lo..hi] by the rank h bytes further on, and records its unsorted subgroups. */
  private refine(lo: number, hi: number, h: number, n: number, ptr: Int32Array, next: Int32Array, nn: number): number {
    const { rank, keys } = this;
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
    this.quickSort(lo, hi, ptr);
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

  /** Sorts keys[lo..hi] (ptr alongside) by a three-way quicksort, equal keys gathered at each step. */
  private quickSort(lo: number, hi: number, ptr: Int32Array): void {
    const keys = this.keys;
    while (hi - lo >= SMALL_GROUP) {
      const a = keys[lo];
      const b = keys[(lo + hi) >> 1];
      const c = keys[hi];
      const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
      let lt = lo;
      let gt = hi;
      let i = lo;
      while (i <= gt) {
        const k = keys[i];
        if (k < pivot) {
          keys[i] = keys[lt];
          keys[lt] = k;
          const p = ptr[i];
          ptr[i] = ptr[lt];
          ptr[lt] = p;
          lt++;
          i++;
        } else if (k > pivot) {
          keys[i] = keys[gt];
          keys[gt] = k;
          const p = ptr[i];
          ptr[i] = ptr[gt];
          ptr[gt] = p;
          gt--;
        } else {
          i++;
        }
      }
      if (lt - lo < hi - gt) {
        this.quickSort(lo, lt - 1, ptr);
        lo = gt + 1;
      } else {
        this.quickSort(gt + 1, hi, ptr);
        hi = lt - 1;
      }
    }
    for (let k = lo + 1; k <= hi; k++) {
      const v = keys[k];
      const p = ptr[k];
      let m = k - 1;
      while (m >= lo && keys[m] > v) {
        keys[m + 1] = keys[m];
        ptr[m + 1] = ptr[m];
        m--;
      }
      keys[m + 1] = v;
      ptr[m + 1] = p;
    }
  }
}
