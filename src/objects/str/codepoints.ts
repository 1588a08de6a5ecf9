// Code-point semantics over JS strings.  A Python str is a JS string; Python indexes by code point
// while JS indexes by UTF-16 unit. They agree unless the string contains surrogates, which is rare:
// such strings are handled through arrays of code points, cached for long strings.
// Differs from CPython: a str holding a lone high surrogate followed by a lone low surrogate is
// indistinguishable from the astral character they encode.

const CACHE_MIN = 64;
const cache = new Map<string, string[] | null>();

function scan(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xe000) return true;
  }
  return false;
}

/** The code points of s as strings, or null if s has no surrogates (then code points are units). */
export function codePointsOrNull(s: string): string[] | null {
  if (s.length < CACHE_MIN) return scan(s) ? Array.from(s) : null;
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  const cps = scan(s) ? Array.from(s) : null;
  if (cache.size > 256) cache.clear();
  cache.set(s, cps);
  return cps;
}

/** len(s). */
export function cpLength(s: string): number {
  const cps = codePointsOrNull(s);
  return cps === null ? s.length : cps.length;
}

/** s[i] for 0 <= i < len(s). */
export function cpAt(s: string, i: number): string {
  const cps = codePointsOrNull(s);
  return cps === null ? s[i] : cps[i];
}

/** s[start:stop] for 0 <= start <= stop <= len(s). */
export function cpSlice(s: string, start: number, stop: number): string {
  const cps = codePointsOrNull(s);
  return cps === null ? s.slice(start, stop) : cps.slice(start, stop).join('');
}

/** The code point values of s. */
export function codePointValues(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    out.push(c);
    if (c > 0xffff) i++;
  }
  return out;
}

/** Compares two strings by code point (JS `<` compares UTF-16 units, which differs above U+FFFF). */
export function cpCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x < 0xd800 || y < 0xd800) return x - y;
    const ca = codePointValues(a);
    const cb = codePointValues(b);
    const m = Math.min(ca.length, cb.length);
    for (let k = 0; k < m; k++) if (ca[k] !== cb[k]) return ca[k] - cb[k];
    return ca.length - cb.length;
  }
  return a.length - b.length;
}
