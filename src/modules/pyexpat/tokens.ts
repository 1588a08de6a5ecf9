// The XML tokenizer: markup and character data in element content.  CPython: Modules/expat/xmltok_impl.c
// (contentTok, scanLt, scanAtts, scanEndTag, scanRef, scanComment, scanPi, scanCdataSection, cdataSectionTok)
//
// Each scanner reads the string s from pos up to end and returns a token kind; Tok.end is where the
// token ends (for INVALID: where the offending character is).  PARTIAL means the token is cut by the
// end of the text seen so far.
import { isNameChar, isNameStart, isSpace, isXmlChar } from './chars.ts';

export const enum T {
  NONE,
  PARTIAL,
  INVALID,
  START_TAG,
  EMPTY_TAG,
  END_TAG,
  DATA,
  NEWLINE,
  TRAILING_CR,
  TRAILING_RSQB,
  ENTITY_REF,
  CHAR_REF,
  PI,
  XML_DECL,
  COMMENT,
  CDATA_OPEN,
  CDATA_CLOSE,
  DECL_OPEN,
}

/** The result of the last scan (one shared object: the tokenizer does not allocate per token). */
export class TokState {
  end = 0;
  /** Start tags: the name's end; end tags: the name's [start, end); PIs: the target's end and data start. */
  nameStart = 0;
  nameEnd = 0;
  dataStart = 0;
  /** Attributes of a start tag: for each, name start/end and value start/end (inside the quotes). */
  atts: number[] = [];
  nAtts = 0;
}

export const Tok = new TokState();

function invalid(at: number): T {
  Tok.end = at;
  return T.INVALID;
}

/** Checks one character at i for a text run; a surrogate pair counts as one valid character. */
function charOk(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    if (i + 1 >= end) return 0; // partial
    const d = s.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff ? 2 : -1;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return -1;
  return isXmlChar(c) ? 1 : -1;
}

/** Scans a name from pos (its first character already known to be a name start). */
function scanName(s: string, pos: number, end: number, ns: boolean): number {
  let colon = false;
  let i = pos;
  if (ns && s.charCodeAt(i) === 0x3a) return -1 - i;
  i++;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3a && ns) {
      if (colon) return -1 - i;
      colon = true;
      if (i + 1 < end && !isNameStart(s.charCodeAt(i + 1))) return -2 - i;
      if (i + 1 < end && s.charCodeAt(i + 1) === 0x3a) return -2 - i;
      continue;
    }
    if (!isNameChar(c)) return i;
  }
  return i;
}

/** After '&' at pos: an entity or character reference.  CPython: xmltok_impl.c scanRef/scanCharRef */
export function scanRef(s: string, pos: number, end: number): T {
  let i = pos + 1;
  if (i >= end) return T.PARTIAL;
  let c = s.charCodeAt(i);
  if (c === 0x23) {
    i++;
    if (i >= end) return T.PARTIAL;
    c = s.charCodeAt(i);
    if (c === 0x78) {
      i++;
      if (i >= end) return T.PARTIAL;
      if (!isHex(s.charCodeAt(i))) return invalid(i);
      for (i++; i < end; i++) {
        c = s.charCodeAt(i);
        if (c === 0x3b) {
          Tok.end = i + 1;
          return T.CHAR_REF;
        }
        if (!isHex(c)) return invalid(i);
      }
      return T.PARTIAL;
    }
    if (!(c >= 0x30 && c <= 0x39)) return invalid(i);
    for (i++; i < end; i++) {
      c = s.charCodeAt(i);
      if (c === 0x3b) {
        Tok.end = i + 1;
        return T.CHAR_REF;
      }
      if (!(c >= 0x30 && c <= 0x39)) return invalid(i);
    }
    return T.PARTIAL;
  }
  if (!isNameStart(c)) return invalid(i);
  for (i++; i < end; i++) {
    c = s.charCodeAt(i);
    if (c === 0x3b) {
      Tok.end = i + 1;
      return T.ENTITY_REF;
    }
    if (!isNameChar(c)) return invalid(i);
  }
  return T.PARTIAL;
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

/** After '<!-' at pos ('<' at pos - 2).  CPython: xmltok_impl.c scanComment */
export function scanComment(s: string, pos: number, end: number): T {
  let i = pos;
  if (i >= end) return T.PARTIAL;
  if (s.charCodeAt(i) !== 0x2d) return invalid(i);
  i++;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c === 0x2d) {
      if (i + 1 >= end) return T.PARTIAL;
      if (s.charCodeAt(i + 1) === 0x2d) {
        if (i + 2 >= end) return T.PARTIAL;
        if (s.charCodeAt(i + 2) !== 0x3e) return invalid(i + 2);
        Tok.end = i + 3;
        return T.COMMENT;
      }
      i++;
      continue;
    }
    const k = charOk(s, i, end);
    if (k === 0) return T.PARTIAL;
    if (k < 0) return invalid(i);
    i += k;
  }
  return T.PARTIAL;
}

/** After '<?' at pos.  CPython: xmltok_impl.c scanPi, checkPiTarget */
export function scanPi(s: string, pos: number, end: number, ns: boolean): T {
  if (pos >= end) return T.PARTIAL;
  if (!isNameStart(s.charCodeAt(pos))) return invalid(pos);
  const ne = scanName(s, pos, end, ns);
  if (ne < 0) return invalid(-1 - ne);
  if (ne >= end) return T.PARTIAL;
  Tok.nameStart = pos;
  Tok.nameEnd = ne;
  const target = s.slice(pos, ne);
  let kind = T.PI;
  if (target.length === 3 && target.toLowerCase() === 'xml') {
    if (target !== 'xml') return invalid(ne);
    kind = T.XML_DECL;
  }
  let i = ne;
  let c = s.charCodeAt(i);
  if (c === 0x3f) {
    if (i + 1 >= end) return T.PARTIAL;
    if (s.charCodeAt(i + 1) !== 0x3e) return invalid(i + 1);
    Tok.dataStart = i;
    Tok.end = i + 2;
    return kind;
  }
  if (!isSpace(c)) return invalid(i);
  i++;
  Tok.dataStart = i;
  while (i < end) {
    c = s.charCodeAt(i);
    if (c === 0x3f) {
      if (i + 1 >= end) return T.PARTIAL;
      if (s.charCodeAt(i + 1) === 0x3e) {
        Tok.end = i + 2;
        return kind;
      }
      i++;
      continue;
    }
    const k = charOk(s, i, end);
    if (k === 0) return T.PARTIAL;
    if (k < 0) return invalid(i);
    i += k;
  }
  return T.PARTIAL;
}

/** After '</' at pos.  CPython: xmltok_impl.c scanEndTag */
function scanEndTag(s: string, pos: number, end: number, ns: boolean): T {
  if (pos >= end) return T.PARTIAL;
  if (!isNameStart(s.charCodeAt(pos))) return invalid(pos);
  const ne = scanName(s, pos, end, ns);
  if (ne < 0) return invalid(-1 - ne);
  Tok.nameStart = pos;
  Tok.nameEnd = ne;
  let i = ne;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3e) {
      Tok.end = i + 1;
      return T.END_TAG;
    }
    if (!isSpace(c)) return invalid(i);
  }
  return T.PARTIAL;
}

/** After '<' at pos - 1 with a name start at pos: a start tag.  CPython: xmltok_impl.c scanLt, scanAtts */
function scanStartTag(s: string, pos: number, end: number, ns: boolean): T {
  const ne = scanName(s, pos, end, ns);
  if (ne < 0) return invalid(-1 - ne);
  Tok.nameStart = pos;
  Tok.nameEnd = ne;
  Tok.nAtts = 0;
  const atts = Tok.atts;
  let i = ne;
  for (;;) {
    // After the name or an attribute value: white space, '>' or '/>'.
    if (i >= end) return T.PARTIAL;
    let c = s.charCodeAt(i);
    if (c === 0x3e) {
      Tok.end = i + 1;
      return T.START_TAG;
    }
    if (c === 0x2f) {
      if (i + 1 >= end) return T.PARTIAL;
      if (s.charCodeAt(i + 1) !== 0x3e) return invalid(i + 1);
      Tok.end = i + 2;
      return T.EMPTY_TAG;
    }
    if (!isSpace(c)) return invalid(i);
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    if (i >= end) return T.PARTIAL;
    c = s.charCodeAt(i);
    if (c === 0x3e || c === 0x2f) continue;
    if (!isNameStart(c)) return invalid(i);
    const an = scanName(s, i, end, ns);
    if (an < 0) return invalid(-1 - an);
    const nameStart = i;
    i = an;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    if (i >= end) return T.PARTIAL;
    if (s.charCodeAt(i) !== 0x3d) return invalid(i);
    i++;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    if (i >= end) return T.PARTIAL;
    const q = s.charCodeAt(i);
    if (q !== 0x22 && q !== 0x27) return invalid(i);
    i++;
    const valStart = i;
    for (;;) {
      if (i >= end) return T.PARTIAL;
      c = s.charCodeAt(i);
      if (c === q) break;
      if (c === 0x3c) return invalid(i);
      if (c === 0x26) {
        const r = scanRef(s, i, end);
        if (r === T.PARTIAL || r === T.INVALID) return r;
        i = Tok.end;
        continue;
      }
      const k = charOk(s, i, end);
      if (k === 0) return T.PARTIAL;
      if (k < 0) return invalid(i);
      i += k;
    }
    const k4 = Tok.nAtts * 4;
    atts[k4] = nameStart;
    atts[k4 + 1] = an;
    atts[k4 + 2] = valStart;
    atts[k4 + 3] = i;
    Tok.nAtts++;
    i++;
  }
}

/** One token of element content.  CPython: xmltok_impl.c contentTok */
export function contentTok(s: string, pos: number, end: number, ns: boolean): T {
  if (pos >= end) return T.NONE;
  const c = s.charCodeAt(pos);
  switch (c) {
    case 0x3c: {
      // '<'
      const i = pos + 1;
      if (i >= end) return T.PARTIAL;
      const d = s.charCodeAt(i);
      if (d === 0x2f) return scanEndTag(s, i + 1, end, ns);
      if (d === 0x21) {
        if (i + 1 >= end) return T.PARTIAL;
        const e = s.charCodeAt(i + 1);
        if (e === 0x2d) return scanComment(s, i + 2, end);
        if (e === 0x5b) {
          const want = 'CDATA[';
          for (let k = 0; k < want.length; k++) {
            if (i + 2 + k >= end) return T.PARTIAL;
            if (s.charCodeAt(i + 2 + k) !== want.charCodeAt(k)) return invalid(i + 2 + k);
          }
          Tok.end = i + 2 + want.length;
          return T.CDATA_OPEN;
        }
        return invalid(i + 1);
      }
      if (d === 0x3f) return scanPi(s, i + 1, end, ns);
      if (isNameStart(d)) return scanStartTag(s, i, end, ns);
      return invalid(i);
    }
    case 0x26:
      return scanRef(s, pos, end);
    case 0x0d:
      if (pos + 1 >= end) return T.TRAILING_CR;
      Tok.end = s.charCodeAt(pos + 1) === 0x0a ? pos + 2 : pos + 1;
      return T.NEWLINE;
    case 0x0a:
      Tok.end = pos + 1;
      return T.NEWLINE;
    case 0x5d: {
      // ']': ']]>' may not appear in content.
      if (pos + 1 >= end) return T.TRAILING_RSQB;
      if (s.charCodeAt(pos + 1) === 0x5d) {
        if (pos + 2 >= end) return T.TRAILING_RSQB;
        if (s.charCodeAt(pos + 2) === 0x3e) return invalid(pos + 2);
      }
      return dataChars(s, pos + 1, end);
    }
  }
  const k = charOk(s, pos, end);
  if (k === 0) return T.PARTIAL;
  if (k < 0) return invalid(pos);
  return dataChars(s, pos + k, end);
}

function dataChars(s: string, pos: number, end: number): T {
  let i = pos;
  while (i < end) {
    const c = s.charCodeAt(i);
    if (c === 0x3c || c === 0x26 || c === 0x0d || c === 0x0a) break;
    if (c === 0x5d) {
      if (i + 1 < end && s.charCodeAt(i + 1) !== 0x5d) {
        i++;
        continue;
      }
      if (i + 2 < end && s.charCodeAt(i + 2) !== 0x3e) {
        i++;
        continue;
      }
      if (i + 2 < end) {
        Tok.end = i;
        return T.DATA;
      }
      break;
    }
    if (c >= 0x20 && c < 0xd800) {
      i++;
      continue;
    }
    const k = charOk(s, i, end);
    if (k <= 0) break;
    i += k;
  }
  Tok.end = i;
  return T.DATA;
}

/** One token inside a CDATA section.  CPython: xmltok_impl.c cdataSectionTok */
export function cdataTok(s: string, pos: number, end: number): T {
  if (pos >= end) return T.NONE;
  const c = s.charCodeAt(pos);
  let i = pos;
  if (c === 0x5d) {
    if (pos + 1 >= end) return T.PARTIAL;
    if (s.charCodeAt(pos + 1) === 0x5d) {
      if (pos + 2 >= end) return T.PARTIAL;
      if (s.charCodeAt(pos + 2) === 0x3e) {
        Tok.end = pos + 3;
        return T.CDATA_CLOSE;
      }
    }
    i = pos + 1;
  } else if (c === 0x0d) {
    if (pos + 1 >= end) return T.PARTIAL;
    Tok.end = s.charCodeAt(pos + 1) === 0x0a ? pos + 2 : pos + 1;
    return T.NEWLINE;
  } else if (c === 0x0a) {
    Tok.end = pos + 1;
    return T.NEWLINE;
  } else {
    const k = charOk(s, pos, end);
    if (k === 0) return T.PARTIAL;
    if (k < 0) return invalid(pos);
    i = pos + k;
  }
  while (i < end) {
    const d = s.charCodeAt(i);
    if (d === 0x5d || d === 0x0d || d === 0x0a) break;
    const k = charOk(s, i, end);
    if (k <= 0) break;
    i += k;
  }
  Tok.end = i;
  return T.DATA;
}
