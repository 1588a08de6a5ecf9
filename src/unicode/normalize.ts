// Unicode normalization (NFC, NFD, NFKC, NFKD) and decomposition mappings, as CPython 3.14's
// unicodedata does them.  CPython: Modules/unicodedata.c nfd_nfkd, nfc_nfkc, is_normalized_quickcheck
// The tokenizer NFKC-normalizes identifiers that are not ASCII (PEP 3131).
import * as L from './layout.ts';
import { combining, flagsOf } from './db.ts';
import { VarintReader } from './decode.ts';
import { codePointsOf, stringFromCodePoints } from './case.ts';
import {
  COMPOSITION_COUNT,
  DECOMPOSITION_COUNT,
  DECOMPOSITION_DATA_SIZE,
  DECOMPOSITION_TAGS,
  NORMALIZATION_DATA,
} from './normalization.generated.ts';

export type NormalizationForm = 'NFC' | 'NFD' | 'NFKC' | 'NFKD';

// Hangul syllables decompose and compose by arithmetic (Unicode 16.0, section 3.12).
const S_BASE = 0xac00;
const L_BASE = 0x1100;
const V_BASE = 0x1161;
const T_BASE = 0x11a7;
const L_COUNT = 19;
const V_COUNT = 21;
const T_COUNT = 28;
const N_COUNT = V_COUNT * T_COUNT;
const S_COUNT = L_COUNT * N_COUNT;

let decompIndex: Map<number, number> | null = null;
let decompTag: Uint8Array = new Uint8Array(0);
let decompStart: Uint16Array = new Uint16Array(0);
let decompData: Int32Array = new Int32Array(0);
/** first * 0x110000 + second -> composite */
let pairs = new Map<number, number>();
/** Code points that begin a composition pair. */
let firsts = new Set<number>();

function load(): Map<number, number> {
  const r = new VarintReader(NORMALIZATION_DATA);
  const cps = r.uints(new Int32Array(DECOMPOSITION_COUNT));
  for (let i = 1; i < cps.length; i++) cps[i] += cps[i - 1];
  decompTag = r.uints(new Uint8Array(DECOMPOSITION_COUNT));
  decompStart = new Uint16Array(DECOMPOSITION_COUNT + 1);
  for (let i = 0; i < DECOMPOSITION_COUNT; i++) decompStart[i + 1] = decompStart[i] + r.uint();
  decompData = r.ints(new Int32Array(DECOMPOSITION_DATA_SIZE));
  for (let i = 1; i < decompData.length; i++) decompData[i] += decompData[i - 1];
  const index = new Map<number, number>();
  for (let i = 0; i < DECOMPOSITION_COUNT; i++) index.set(cps[i], i);
  // Each composite's canonical decomposition is its pair.
  let composite = 0;
  for (let i = 0; i < COMPOSITION_COUNT; i++) {
    composite += r.uint();
    const k = decompStart[index.get(composite)!];
    pairs.set(decompData[k] * 0x110000 + decompData[k + 1], composite);
    firsts.add(decompData[k]);
  }
  decompIndex = index;
  return index;
}

/** unicodedata.decomposition(chr(cp)): e.g. '<compat> 0020 0308', '' when there is none. */
export function decomposition(cp: number): string {
  const i = (decompIndex ?? load()).get(cp);
  if (i === undefined) return '';
  let s = decompTag[i] ? DECOMPOSITION_TAGS[decompTag[i] - 1] : '';
  for (let k = decompStart[i]; k < decompStart[i + 1]; k++) {
    if (s) s += ' ';
    s += decompData[k].toString(16).toUpperCase().padStart(4, '0');
  }
  return s;
}

/**
 * The decomposition of one character under an older database (unicodedata.ucd_3_2_0): its code
 * points, or undefined when it is the current one.
 */
export type DecompositionOverride = (cp: number, compat: boolean) => ArrayLike<number> | undefined;

/** Full canonical (or, with compat, compatibility) decomposition, canonically ordered.  CPython: nfd_nfkd */
function decompose(input: Int32Array, compat: boolean, override?: DecompositionOverride): Int32Array {
  const index = decompIndex ?? load();
  let out = new Int32Array(input.length + 8);
  let n = 0;
  const stack: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const old = override?.(input[i], compat);
    if (old) {
      if (n + old.length > out.length) {
        const bigger = new Int32Array(out.length * 2 + old.length);
        bigger.set(out);
        out = bigger;
      }
      for (let k = 0; k < old.length; k++) out[n++] = old[k];
      continue;
    }
    stack.push(input[i]);
    while (stack.length > 0) {
      const code = stack.pop()!;
      if (n + 3 > out.length) {
        const bigger = new Int32Array(out.length * 2);
        bigger.set(out);
        out = bigger;
      }
      if (code >= S_BASE && code < S_BASE + S_COUNT) {
        const s = code - S_BASE;
        out[n++] = L_BASE + ((s / N_COUNT) | 0);
        out[n++] = V_BASE + (((s % N_COUNT) / T_COUNT) | 0);
        if (s % T_COUNT !== 0) out[n++] = T_BASE + (s % T_COUNT);
        continue;
      }
      const d = index.get(code);
      if (d === undefined || (decompTag[d] !== 0 && !compat)) {
        out[n++] = code;
        continue;
      }
      for (let k = decompStart[d + 1] - 1; k >= decompStart[d]; k--) stack.push(decompData[k]);
    }
  }
  // Canonical ordering: each run of non-starters sorted stably by combining class.
  for (let i = 0; i < n; i++) {
    const ci = combining(out[i]);
    if (ci === 0) continue;
    let j = i;
    while (j > 0) {
      const cj = combining(out[j - 1]);
      if (cj === 0 || cj <= ci) break;
      j--;
    }
    if (j < i) {
      const c = out[i];
      out.copyWithin(j + 1, j, i);
      out[j] = c;
    }
  }
  return out.subarray(0, n);
}

/** Canonical composition of a decomposed, ordered sequence.  CPython: nfc_nfkc */
function compose(d: Int32Array): Int32Array {
  const len = d.length;
  const out = new Int32Array(len);
  const skipped = new Uint8Array(len);
  let o = 0;
  let i = 0;
  while (i < len) {
    if (skipped[i]) {
      i++;
      continue;
    }
    let code = d[i];
    // Hangul: a leading consonant and a vowel, then perhaps a trailing consonant.
    if (code >= L_BASE && code < L_BASE + L_COUNT && i + 1 < len && d[i + 1] >= V_BASE && d[i + 1] < V_BASE + V_COUNT) {
      code = S_BASE + ((code - L_BASE) * V_COUNT + (d[i + 1] - V_BASE)) * T_COUNT;
      i += 2;
      if (i < len && d[i] > T_BASE && d[i] < T_BASE + T_COUNT) {
        code += d[i] - T_BASE;
        i++;
      }
      out[o++] = code;
      continue;
    }
    if (!firsts.has(code)) {
      out[o++] = code;
      i++;
      continue;
    }
    // Combine with each following character that is not blocked from it: a character is blocked
    // when a starter, or a character of the same or higher class, stands between them.
    let comb = 0;
    for (let i1 = i + 1; i1 < len; i1++) {
      const code1 = d[i1];
      const comb1 = combining(code1);
      if (comb !== 0) {
        if (comb1 === 0) break;
        if (comb >= comb1) continue;
      }
      const composite = pairs.get(code * 0x110000 + code1);
      if (composite === undefined) {
        if (comb1 === 0) break;
        comb = comb1;
        continue;
      }
      code = composite;
      skipped[i1] = 1;
      if (!firsts.has(code)) break;
    }
    out[o++] = code;
    i++;
  }
  return out.subarray(0, o);
}

function quickFlag(form: NormalizationForm): number {
  switch (form) {
    case 'NFC':
      return L.NFC_QUICK;
    case 'NFD':
      return L.NFD_QUICK;
    case 'NFKC':
      return L.NFKC_QUICK;
    case 'NFKD':
      return L.NFKD_QUICK;
  }
}

/** True when every code point is, alone and next to anything, already in the form. */
export function quickYes(s: string, form: NormalizationForm): boolean {
  return quickYesFlag(s, quickFlag(form));
}

function quickYesFlag(s: string, flag: number): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue; // ASCII neither decomposes nor combines with what precedes it
    let cp = c;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if ((flagsOf(cp) & flag) === 0) return false;
  }
  return true;
}

/** The form of a code point sequence (under an older database's decompositions, with `override`). */
export function normalizeCodePoints(form: NormalizationForm, cps: Int32Array, override?: DecompositionOverride): Int32Array {
  const compat = form === 'NFKC' || form === 'NFKD';
  const d = decompose(cps, compat, override);
  return form === 'NFC' || form === 'NFKC' ? compose(d) : d;
}

/** unicodedata.normalize(form, s) */
export function normalize(form: NormalizationForm, s: string): string {
  if (quickYesFlag(s, quickFlag(form))) return s;
  const r = normalizeCodePoints(form, codePointsOf(s));
  return stringFromCodePoints(r);
}

/** unicodedata.is_normalized(form, s) */
export function isNormalized(form: NormalizationForm, s: string): boolean {
  if (quickYesFlag(s, quickFlag(form))) return true;
  return normalize(form, s) === s;
}
