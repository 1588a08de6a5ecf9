// "Did you mean ...?" suggestions: a Levenshtein distance over UTF-8 bytes where a case change costs
// half a move.  CPython: Python/suggestions.c (_Py_CalculateSuggestions, levenshtein_distance)

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

const encoder = new TextEncoder();
const buffer = new Array<number>(MAX_STRING_SIZE).fill(0);

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 0x41 && a <= 0x5a) a += 0x20;
  if (b >= 0x41 && b <= 0x5a) b += 0x20;
  return a === b ? CASE_COST : MOVE_COST;
}

/** The edit distance between a and b, or maxCost + 1 once it is known to exceed maxCost. */
export function levenshteinDistance(a: Uint8Array, b: Uint8Array, maxCost: number): number {
  let as = 0;
  let ae = a.length;
  let bs = 0;
  let be = b.length;
  while (as < ae && bs < be && a[as] === b[bs]) {
    as++;
    bs++;
  }
  while (as < ae && bs < be && a[ae - 1] === b[be - 1]) {
    ae--;
    be--;
  }
  let aSize = ae - as;
  let bSize = be - bs;
  if (aSize === 0 || bSize === 0) return (aSize + bSize) * MOVE_COST;
  if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) return maxCost + 1;
  if (bSize < aSize) {
    [a, b] = [b, a];
    [as, bs] = [bs, as];
    [aSize, bSize] = [bSize, aSize];
  }
  if ((bSize - aSize) * MOVE_COST > maxCost) return maxCost + 1;
  let tmp = MOVE_COST;
  for (let i = 0; i < aSize; i++) {
    buffer[i] = tmp;
    tmp += MOVE_COST;
  }
  let result = 0;
  for (let bi = 0; bi < bSize; bi++) {
    const code = b[bs + bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < aSize; i++) {
      const substitute = distance + substitutionCost(code, a[as + i]);
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The closest of `candidates` to `name` within CPython's thresholds, or null. */
export function calculateSuggestion(candidates: readonly string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameBytes = encoder.encode(name);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const item of candidates) {
    if (item === name) continue;
    const itemBytes = encoder.encode(item);
    let maxDistance = Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshteinDistance(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}
