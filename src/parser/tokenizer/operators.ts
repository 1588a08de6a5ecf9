// Operator and delimiter recognition by character codes: the tokenizer's one-, two- and three-character
// tables.  CPython: Parser/token.c _PyToken_OneChar, _PyToken_TwoChars, _PyToken_ThreeChars
import { EXACT_TOKEN_TYPES, Tok } from '../tokens.generated.ts';

const ONE = new Uint8Array(128).fill(Tok.OP);
const TWO = new Uint8Array(128 * 128).fill(Tok.OP);
const THREE = new Map<number, Tok>();

for (const [s, t] of EXACT_TOKEN_TYPES) {
  if (s.length === 1) ONE[s.charCodeAt(0)] = t;
  else if (s.length === 2) TWO[s.charCodeAt(0) * 128 + s.charCodeAt(1)] = t;
  else THREE.set((s.charCodeAt(0) * 128 + s.charCodeAt(1)) * 128 + s.charCodeAt(2), t);
}
// '<>' is tokenized as NOTEQUAL; the parser rejects it unless `from __future__ import barry_as_FLUFL`.
TWO[0x3c * 128 + 0x3e] = Tok.NOTEQUAL;

/** The exact type of the one-character operator `c`, or Tok.OP when `c` is none. */
export function oneChar(c: number): Tok {
  return c < 128 ? (ONE[c] as Tok) : Tok.OP;
}

/** The exact type of the two-character operator `c1 c2`, or Tok.OP. */
export function twoChars(c1: number, c2: number): Tok {
  return c1 < 128 && c2 >= 0 && c2 < 128 ? (TWO[c1 * 128 + c2] as Tok) : Tok.OP;
}

/** The exact type of the three-character operator `c1 c2 c3`, or Tok.OP. */
export function threeChars(c1: number, c2: number, c3: number): Tok {
  if (c3 !== 0x3d /* = */ && c3 !== 0x2e /* . */) return Tok.OP;
  return THREE.get((c1 * 128 + c2) * 128 + c3) ?? Tok.OP;
}
