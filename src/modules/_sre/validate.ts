// Checks the code given to _sre.compile() before the engine ever runs it: every opcode known, every
// skip inside its block, every argument in range.  The engine then trusts the code.
// CPython: Modules/_sre/sre.c _validate_charset, _validate_inner, _validate_outer
//
// The compiler (Lib/re/_compiler.py) emits position-independent code whose jumps all go forward
// and nest, so each block can be checked as a range [i, end) of the code array.
import * as C from './constants.ts';

const FAIL = -1;

/** Checks the set items in code[i:end).  CPython: _validate_charset */
function validateCharset(code: Uint32Array, i: number, end: number): boolean {
  while (i < end) {
    const op = code[i++];
    switch (op) {
      case C.OP_NEGATE:
        break;
      case C.OP_LITERAL:
        if (i >= end) return false;
        i++;
        break;
      case C.OP_RANGE:
      case C.OP_RANGE_UNI_IGNORE:
        if (i + 2 > end) return false;
        i += 2;
        break;
      case C.OP_CHARSET:
        // a 256-bit bitmap
        if (8 > end - i) return false;
        i += 8;
        break;
      case C.OP_BIGCHARSET: {
        if (i >= end) return false;
        const blocks = code[i++];
        // a 256-byte table of block numbers, each smaller than the number of blocks
        if (64 > end - i) return false;
        for (let k = 0; k < 256; k++) {
          if (((code[i + (k >> 2)] >>> ((k & 3) * 8)) & 0xff) >= blocks) return false;
        }
        i += 64;
        const size = (blocks * 8) >>> 0;
        if (size > end - i) return false;
        i += size;
        break;
      }
      case C.OP_CATEGORY:
        if (i >= end) return false;
        if (code[i++] > C.CATEGORY_UNI_NOT_LINEBREAK) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/**
 * Checks the code in code[i:end): -1 if invalid, 1 if it ends with a JUMP, else 0.
 * CPython: _validate_inner
 */
function validateInner(code: Uint32Array, i: number, end: number, groups: number): number {
  if (i > end) return FAIL;
  while (i < end) {
    const op = code[i++];
    switch (op) {
      case C.OP_MARK:
        // Marks are not checked for nesting: the engine copes, with nonsensical results at worst.
        if (i >= end) return FAIL;
        if (code[i++] >= 2 * groups) return FAIL;
        break;

      case C.OP_LITERAL:
      case C.OP_NOT_LITERAL:
      case C.OP_LITERAL_IGNORE:
      case C.OP_NOT_LITERAL_IGNORE:
      case C.OP_LITERAL_UNI_IGNORE:
      case C.OP_NOT_LITERAL_UNI_IGNORE:
      case C.OP_LITERAL_LOC_IGNORE:
      case C.OP_NOT_LITERAL_LOC_IGNORE:
        // any character
        if (i >= end) return FAIL;
        i++;
        break;

      case C.OP_SUCCESS:
      case C.OP_FAILURE:
      case C.OP_ANY:
      case C.OP_ANY_ALL:
        break;

      case C.OP_AT:
        if (i >= end) return FAIL;
        if (code[i++] > C.AT_UNI_NON_BOUNDARY) return FAIL;
        break;

      case C.OP_IN:
      case C.OP_IN_IGNORE:
      case C.OP_IN_UNI_IGNORE:
      case C.OP_IN_LOC_IGNORE: {
        if (i >= end) return FAIL;
        const skip = code[i];
        if (skip > end - i) return FAIL;
        i++;
        // the set, then a FAILURE
        if (!validateCharset(code, i, i + skip - 2)) return FAIL;
        if (code[i + skip - 2] !== C.OP_FAILURE) return FAIL;
        i += skip - 1;
        break;
      }

      case C.OP_INFO: {
        // <INFO> <1=skip> <2=flags> <3=min> <4=max> [<prefix info> | <charset>]
        if (i >= end) return FAIL;
        const skip = code[i];
        if (skip > end - i) return FAIL;
        i++;
        const next = i + skip - 1;
        if (i + 3 > end) return FAIL;
        const flags = code[i];
        i += 3;
        if ((flags & ~(C.INFO_PREFIX | C.INFO_LITERAL | C.INFO_CHARSET)) !== 0) return FAIL;
        if (flags & C.INFO_PREFIX && flags & C.INFO_CHARSET) return FAIL;
        if (flags & C.INFO_LITERAL && !(flags & C.INFO_PREFIX)) return FAIL;
        if (flags & C.INFO_PREFIX) {
          if (i + 2 > end) return FAIL;
          const prefixLen = code[i];
          i += 2;
          // the prefix, then its overlap table (each entry smaller than the prefix length)
          if (next - i >= 0 && prefixLen > next - i) return FAIL;
          i += prefixLen;
          if (next - i >= 0 && prefixLen > next - i) return FAIL;
          for (let k = 0; k < prefixLen; k++) {
            if (code[i + k] >= prefixLen) return FAIL;
          }
          i += prefixLen;
        }
        if (flags & C.INFO_CHARSET) {
          if (!validateCharset(code, i, next - 1)) return FAIL;
          if (code[next - 1] !== C.OP_FAILURE) return FAIL;
          i = next;
        } else if (i !== next) {
          return FAIL;
        }
        break;
      }

      case C.OP_BRANCH: {
        // <BRANCH> <skip> alternative <JUMP> <skip> ... <0>: every JUMP goes to the same place
        let target = -1;
        for (;;) {
          if (i >= end) return FAIL;
          let skip = code[i];
          if (skip > end - i) return FAIL;
          i++;
          if (skip === 0) break;
          if (validateInner(code, i, i + skip - 3, groups) !== 0) return FAIL;
          i += skip - 3;
          if (i >= end) return FAIL;
          if (code[i++] !== C.OP_JUMP) return FAIL;
          if (i >= end) return FAIL;
          skip = code[i];
          if (skip > end - i) return FAIL;
          i++;
          if (target === -1) target = i + skip - 1;
          else if (i + skip - 1 !== target) return FAIL;
        }
        if (i !== target) return FAIL;
        break;
      }

      case C.OP_REPEAT_ONE:
      case C.OP_MIN_REPEAT_ONE:
      case C.OP_POSSESSIVE_REPEAT_ONE: {
        // <op> <skip> <min> <max> item <SUCCESS>
        if (i >= end) return FAIL;
        const skip = code[i];
        if (skip > end - i) return FAIL;
        i++;
        if (i + 2 > end) return FAIL;
        const min = code[i];
        const max = code[i + 1];
        i += 2;
        if (min > max) return FAIL;
        if (validateInner(code, i, i + skip - 4, groups) !== 0) return FAIL;
        i += skip - 4;
        if (i >= end) return FAIL;
        if (code[i++] !== C.OP_SUCCESS) return FAIL;
        break;
      }

      case C.OP_REPEAT:
      case C.OP_POSSESSIVE_REPEAT: {
        // <op> <skip> <min> <max> item <MAX_UNTIL | MIN_UNTIL | SUCCESS (possessive)>
        if (i >= end) return FAIL;
        const skip = code[i];
        if (skip > end - i) return FAIL;
        i++;
        if (i + 2 > end) return FAIL;
        const min = code[i];
        const max = code[i + 1];
        i += 2;
        if (min > max) return FAIL;
        if (validateInner(code, i, i + skip - 3, groups) !== 0) return FAIL;
        i += skip - 3;
        if (i >= end) return FAIL;
        const until = code[i++];
        if (op === C.OP_POSSESSIVE_REPEAT) {
          if (until !== C.OP_SUCCESS) return FAIL;
        } else if (until !== C.OP_MAX_UNTIL && until !== C.OP_MIN_UNTIL) {
          return FAIL;
        }
        break;
      }

      case C.OP_ATOMIC_GROUP: {
        // <ATOMIC_GROUP> <skip> pattern <SUCCESS>
        if (i >= end) return FAIL;
        const skip = code[i];
        if (skip > end - i) return FAIL;
        i++;
        if (validateInner(code, i, i + skip - 2, groups) !== 0) return FAIL;
        i += skip - 2;
        if (i >= end) return FAIL;
        if (code[i++] !== C.OP_SUCCESS) return FAIL;
        break;
      }

      case C.OP_GROUPREF:
      case C.OP_GROUPREF_IGNORE:
      case C.OP_GROUPREF_UNI_IGNORE:
      case C.OP_GROUPREF_LOC_IGNORE:
        if (i >= end) return FAIL;
        if (code[i++] >= groups) return FAIL;
        break;

      case C.OP_GROUPREF_EXISTS: {
        // <GROUPREF_EXISTS> <group> <skipyes> then... [<JUMP> <skipno> else...]
        // The skip is relative to the group argument.  Whether there is an else part shows only
        // as a JUMP ending the then part.
        if (i >= end) return FAIL;
        if (code[i++] >= groups) return FAIL;
        if (i >= end) return FAIL;
        let skip = code[i];
        if (((skip - 1) >>> 0) > end - i) return FAIL;
        let rc = validateInner(code, i + 1, i + skip - 1, groups);
        if (rc === 1) {
          i += skip - 2;
          if (i >= end) return FAIL;
          skip = code[i];
          if (skip > end - i) return FAIL;
          i++;
          rc = validateInner(code, i, i + skip - 1, groups);
        }
        if (rc !== 0) return FAIL;
        i += skip - 1;
        break;
      }

      case C.OP_ASSERT:
      case C.OP_ASSERT_NOT: {
        // <op> <skip> <back> pattern <SUCCESS>
        if (i >= end) return FAIL;
        const skip = code[i];
        if (skip > end - i) return FAIL;
        i++;
        if (i >= end) return FAIL;
        if (validateInner(code, i + 1, i + skip - 2, groups) !== 0) return FAIL;
        i += skip - 2;
        if (i >= end) return FAIL;
        if (code[i++] !== C.OP_SUCCESS) return FAIL;
        break;
      }

      case C.OP_JUMP:
        // only as the last opcode of a block (its skip follows)
        if (i + 1 !== end) return FAIL;
        return 1;

      default:
        return FAIL;
    }
  }
  return 0;
}

/** True if `code` is a valid program for a pattern with `groups` groups.  CPython: _validate_outer */
export function validateCode(code: Uint32Array, groups: number): boolean {
  const end = code.length;
  if (groups < 0 || groups > C.MAXGROUPS || end === 0 || code[end - 1] !== C.OP_SUCCESS) return false;
  return validateInner(code, 0, end - 1, groups) === 0;
}
