// How a character record of the generated tables is laid out: shared by tools/gen/unicode-render.ts,
// which packs the records, and the lookups in this folder, which unpack them.
// CPython keeps the same facts in two record types (_PyUnicode_TypeRecord in Objects/unicodectype.c,
// _PyUnicode_DatabaseRecord in Modules/unicodedata.c); pyts keeps one.

// Bits of a record's flags word.
export const ALPHA = 1 << 0;
export const DECIMAL = 1 << 1;
export const DIGIT = 1 << 2;
export const NUMERIC = 1 << 3;
export const SPACE = 1 << 4;
export const LOWER = 1 << 5;
export const UPPER = 1 << 6;
export const TITLE = 1 << 7;
export const PRINTABLE = 1 << 8;
export const XID_START = 1 << 9;
export const XID_CONTINUE = 1 << 10;
export const CASED = 1 << 11;
export const CASE_IGNORABLE = 1 << 12;
export const LINEBREAK = 1 << 13;
export const MIRRORED = 1 << 14;
/** The character alone is NFD (NFC, NFKD, NFKC) and cannot interact with its neighbours. */
export const NFD_QUICK = 1 << 15;
export const NFC_QUICK = 1 << 16;
export const NFKD_QUICK = 1 << 17;
export const NFKC_QUICK = 1 << 18;

// Fields of a record's database word.
export const CATEGORY_SHIFT = 0; // 5 bits: index into CATEGORY_NAMES
export const BIDI_SHIFT = 5; // 5 bits: index into BIDI_NAMES
export const EAW_SHIFT = 10; // 3 bits: index into EAW_NAMES
export const COMBINING_SHIFT = 13; // 8 bits: canonical combining class
export const DECIMAL_SHIFT = 21; // 4 bits: decimal value + 1 (0: none)
export const DIGIT_SHIFT = 25; // 4 bits: digit value + 1 (0: none)

/**
 * A case mapping value below SPECIAL_BASE is the delta to the single mapped code point; from
 * SPECIAL_BASE up it is SPECIAL_BASE + i, where SPECIAL[i] is the length and SPECIAL[i+1...] the
 * code points of a longer mapping of a longer mapping.
 */
export const SPECIAL_BASE = 0x200000;
