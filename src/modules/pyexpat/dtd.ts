// Markup declarations of the DTD (ENTITY, ATTLIST, ELEMENT, NOTATION) and content models.
// CPython: Modules/expat/xmlparse.c doProlog (declaration roles), build_model; Modules/expat/xmlrole.c
import { isNameChar, isSpace } from './chars.ts';
import { XE, fault } from './errors.ts';
import type { XmlParser } from './xmlparse.ts';

/** A content model of an element declaration.  CPython: expat.h XML_Content */
export interface ContentModel {
  type: number;
  quant: number;
  name: string | null;
  children: ContentModel[];
}

export const CTYPE_EMPTY = 1;
export const CTYPE_ANY = 2;
export const CTYPE_MIXED = 3;
export const CTYPE_NAME = 4;
export const CTYPE_CHOICE = 5;
export const CTYPE_SEQ = 6;

export interface Entity {
  name: string;
  text: string | null;
  systemId: string | null;
  publicId: string | null;
  base: string | null;
  notation: string | null;
  isParam: boolean;
  open: boolean;
}

export interface AttDef {
  name: string;
  isCdata: boolean;
  dflt: string | null;
}

/** What a document type declaration defines; shared with the parsers of external entities. */
export class Dtd {
  generalEntities = new Map<string, Entity>();
  paramEntities = new Map<string, Entity>();
  /** Declared attributes of each element. */
  attlists = new Map<string, AttDef[]>();
  hasParamEntityRefs = false;
  standalone = false;
  keepProcessing = true;
}

/** One markup declaration s[p:end] ('<!' ... '>').  CPython: doProlog's roles for ENTITY, ATTLIST, ELEMENT, NOTATION */
export function declaration(xp: XmlParser, s: string, p: number, end: number): void {
  const toks = declTokens(s, p + 2, end - 1);
  if (toks === null) fault(XE.SYNTAX, p);
  const kw = toks[0];
  let handled = false;
  switch (kw.text) {
    case 'ENTITY':
      handled = entityDeclaration(xp, toks, p);
      break;
    case 'ATTLIST':
      handled = attlistDeclaration(xp, toks, p);
      break;
    case 'ELEMENT':
      handled = elementDeclaration(xp, toks, p);
      break;
    case 'NOTATION':
      handled = notationDeclaration(xp, toks, p);
      break;
    default:
      fault(XE.SYNTAX, p);
  }
  if (!handled) xp.reportDefault(s, p, end);
}

function entityDeclaration(xp: XmlParser, toks: DeclTok[], p: number): boolean {
  let k = 1;
  let isParam = false;
  if (toks[k]?.text === '%' && toks[k].kind === 'D') {
    isParam = true;
    k++;
  }
  const nameTok = toks[k++];
  if (nameTok === undefined || nameTok.kind !== 'N') fault(XE.SYNTAX, p);
  const name = nameTok.text;
  let text: string | null = null;
  let sysid: string | null = null;
  let pubid: string | null = null;
  let notation: string | null = null;
  const v = toks[k++];
  if (v === undefined) fault(XE.SYNTAX, p);
  if (v.kind === 'L') {
    text = entityValue(xp, v.text);
  } else if (v.kind === 'N' && v.text === 'SYSTEM') {
    const l = toks[k++];
    if (l?.kind !== 'L') fault(XE.SYNTAX, p);
    sysid = l.text;
  } else if (v.kind === 'N' && v.text === 'PUBLIC') {
    const l = toks[k++];
    if (l?.kind !== 'L') fault(XE.SYNTAX, p);
    if (!isPublicId(l.text)) fault(XE.PUBLICID, p);
    pubid = l.text.replace(/\s+/g, ' ').trim();
    const l2 = toks[k++];
    if (l2?.kind !== 'L') fault(XE.SYNTAX, p);
    sysid = l2.text;
  } else fault(XE.SYNTAX, p);
  if (sysid !== null && toks[k]?.text === 'NDATA') {
    if (isParam) fault(XE.SYNTAX, p);
    const nt = toks[k + 1];
    if (nt?.kind !== 'N') fault(XE.SYNTAX, p);
    notation = nt.text;
    k += 2;
  }
  if (k !== toks.length) fault(XE.SYNTAX, p);
  if (!xp.dtd.keepProcessing) return false;
  const table = isParam ? xp.dtd.paramEntities : xp.dtd.generalEntities;
  if (table.has(name)) return false;
  const ent: Entity = { name, text, systemId: sysid, publicId: pubid, base: sysid === null ? null : xp.base, notation, isParam, open: false };
  table.set(name, ent);
  if (notation !== null && xp.unparsedEntityDecl !== null) {
    xp.unparsedEntityDecl(name, ent.base, sysid, pubid, notation);
    return true;
  }
  if (xp.entityDecl !== null) {
    xp.entityDecl(name, isParam, text, ent.base, sysid, pubid, notation);
    return true;
  }
  return false;
}

/** An entity's literal value: character references and parameter entities expanded.  CPython: storeEntityValue */
function entityValue(xp: XmlParser, lit: string): string {
  let out = '';
  let i = 0;
  const n = lit.length;
  while (i < n) {
    const c = lit.charCodeAt(i);
    if (c === 0x26 && lit.charCodeAt(i + 1) === 0x23) {
      const e = lit.indexOf(';', i);
      const cp = charRefValue(lit.slice(i, e + 1));
      if (cp < 0) fault(XE.BAD_CHAR_REF);
      out += String.fromCodePoint(cp);
      i = e + 1;
      continue;
    }
    if (c === 0x25) {
      // A parameter entity reference inside an entity value is not allowed in the internal subset.
      if (xp.inInternalSubset) fault(XE.PARAM_ENTITY_REF);
      const e = lit.indexOf(';', i);
      const ent = xp.dtd.paramEntities.get(lit.slice(i + 1, e));
      if (ent?.text != null) out += ent.text;
      i = e + 1;
      continue;
    }
    if (c === 0x0d) {
      out += '\n';
      i += lit.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      continue;
    }
    out += lit[i];
    i++;
  }
  return out;
}

function attlistDeclaration(xp: XmlParser, toks: DeclTok[], p: number): boolean {
  const el = toks[1];
  if (el?.kind !== 'N') fault(XE.SYNTAX, p);
  let k = 2;
  let handled = false;
  let defs = xp.dtd.attlists.get(el.text);
  while (k < toks.length) {
    const an = toks[k++];
    if (an.kind !== 'N') fault(XE.SYNTAX, p);
    const tt = toks[k++];
    if (tt === undefined) fault(XE.SYNTAX, p);
    let type: string;
    if (tt.kind === 'G') type = '(' + tt.items!.join('|') + ')';
    else if (tt.kind === 'N' && tt.text === 'NOTATION') {
      const g = toks[k++];
      if (g?.kind !== 'G') fault(XE.SYNTAX, p);
      type = 'NOTATION(' + g.items!.join('|') + ')';
    } else if (tt.kind === 'N' && /^(CDATA|ID|IDREF|IDREFS|ENTITY|ENTITIES|NMTOKEN|NMTOKENS)$/.test(tt.text)) type = tt.text;
    else fault(XE.SYNTAX, p);
    const d = toks[k++];
    if (d === undefined) fault(XE.SYNTAX, p);
    let dflt: string | null = null;
    let required = false;
    if (d.kind === 'H') {
      if (d.text === '#REQUIRED') required = true;
      else if (d.text === '#IMPLIED') required = false;
      else if (d.text === '#FIXED') {
        const l = toks[k++];
        if (l?.kind !== 'L') fault(XE.SYNTAX, p);
        dflt = xp.attributeValue(l.text, type === 'CDATA', -1);
        required = true;
      } else fault(XE.SYNTAX, p);
    } else if (d.kind === 'L') dflt = xp.attributeValue(d.text, type === 'CDATA', -1);
    else fault(XE.SYNTAX, p);
    if (!xp.dtd.keepProcessing) continue;
    if (defs === undefined) {
      defs = [];
      xp.dtd.attlists.set(el.text, defs);
    }
    if (!defs.some((a) => a.name === an.text)) defs.push({ name: an.text, isCdata: type === 'CDATA', dflt });
    if (xp.attlistDecl !== null) {
      xp.attlistDecl(el.text, an.text, type, dflt, required);
      handled = true;
    }
  }
  return handled;
}

function elementDeclaration(xp: XmlParser, toks: DeclTok[], p: number): boolean {
  const el = toks[1];
  if (el?.kind !== 'N' || toks.length < 3) fault(XE.SYNTAX, p);
  const spec = toks.slice(2);
  let model: ContentModel;
  if (spec.length === 1 && spec[0].kind === 'N' && spec[0].text === 'EMPTY') model = { type: CTYPE_EMPTY, quant: 0, name: null, children: [] };
  else if (spec.length === 1 && spec[0].kind === 'N' && spec[0].text === 'ANY') model = { type: CTYPE_ANY, quant: 0, name: null, children: [] };
  else if (spec.length === 1 && spec[0].kind === 'M') model = spec[0].model!;
  else fault(XE.SYNTAX, p);
  if (xp.elementDecl !== null) {
    xp.elementDecl(el.text, model);
    return true;
  }
  return false;
}

function notationDeclaration(xp: XmlParser, toks: DeclTok[], p: number): boolean {
  const nm = toks[1];
  if (nm?.kind !== 'N') fault(XE.SYNTAX, p);
  let sysid: string | null = null;
  let pubid: string | null = null;
  const kw = toks[2];
  if (kw?.text === 'SYSTEM' && toks[3]?.kind === 'L' && toks.length === 4) sysid = toks[3].text;
  else if (kw?.text === 'PUBLIC' && toks[3]?.kind === 'L' && (toks.length === 4 || (toks.length === 5 && toks[4].kind === 'L'))) {
    if (!isPublicId(toks[3].text)) fault(XE.PUBLICID, p);
    pubid = toks[3].text.replace(/\s+/g, ' ').trim();
    if (toks.length === 5) sysid = toks[4].text;
  } else fault(XE.SYNTAX, p);
  if (xp.notationDecl !== null) {
    xp.notationDecl(nm.text, xp.base, sysid, pubid);
    return true;
  }
  return false;
}

/** CPython: xmltok.c XmlIsPublicId */
export function isPublicId(s: string): boolean {
  return /^[a-zA-Z0-9 \r\n\-'()+,./:=?;!*#@$_%]*$/.test(s);
}

/** Where the declaration starting after '<!' at i ends ('>' outside literals); -1: not yet seen. */
export function findDeclEnd(s: string, i: number): number {
  const n = s.length;
  let q = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (q !== 0) {
      if (c === q) q = 0;
      continue;
    }
    if (c === 0x22 || c === 0x27) q = c;
    else if (c === 0x3e) return i;
    else if (c === 0x3c) return -2;
  }
  return -1;
}

interface DeclTok {
  kind: 'N' | 'L' | 'D' | 'H' | 'G' | 'M';
  text: string;
  items?: string[];
  model?: ContentModel;
}

/** Splits a declaration body into names, literals, '#KEYWORDS', groups and content models. */
function declTokens(s: string, i: number, end: number): DeclTok[] | null {
  const out: DeclTok[] = [];
  while (i < end) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 0x22 || c === 0x27) {
      const close = s.indexOf(String.fromCharCode(c), i + 1);
      if (close < 0 || close >= end) return null;
      out.push({ kind: 'L', text: s.slice(i + 1, close) });
      i = close + 1;
      continue;
    }
    if (c === 0x25) {
      out.push({ kind: 'D', text: '%' });
      i++;
      continue;
    }
    if (c === 0x23) {
      let j = i + 1;
      while (j < end && isNameChar(s.charCodeAt(j))) j++;
      out.push({ kind: 'H', text: s.slice(i, j) });
      i = j;
      continue;
    }
    if (c === 0x28) {
      // A parenthesized group: an enumeration (for ATTLIST) or a content model (for ELEMENT).
      let depth = 0;
      let j = i;
      for (; j < end; j++) {
        const d = s.charCodeAt(j);
        if (d === 0x28) depth++;
        else if (d === 0x29) {
          depth--;
          if (depth === 0) break;
        }
      }
      if (j >= end) return null;
      j++;
      if (j < end && (s[j] === '*' || s[j] === '?' || s[j] === '+')) j++;
      const text = s.slice(i, j);
      const model = parseModel(text);
      const items = /^\(\s*[^()|,\s]+(\s*\|\s*[^()|,\s]+)*\s*\)$/.test(text) ? text.slice(1, -1).split('|').map((x) => x.trim()) : undefined;
      out.push(items !== undefined && !text.includes('#') ? { kind: 'G', text, items, model: model ?? undefined } : { kind: 'M', text, model: model ?? undefined });
      i = j;
      continue;
    }
    if (isNameChar(c)) {
      let j = i;
      while (j < end && isNameChar(s.charCodeAt(j))) j++;
      out.push({ kind: 'N', text: s.slice(i, j) });
      i = j;
      continue;
    }
    return null;
  }
  // For ELEMENT, a group token doubles as a model.
  for (const t of out) if (t.kind === 'G' && t.model !== undefined) t.kind = 'G';
  return out.length ? fixModels(out) : null;
}

function fixModels(toks: DeclTok[]): DeclTok[] {
  if (toks[0].text === 'ELEMENT') for (const t of toks) if (t.kind === 'G') t.kind = 'M';
  return toks;
}

function quantOf(ch: string | undefined): number {
  return ch === '?' ? 1 : ch === '*' ? 2 : ch === '+' ? 3 : 0;
}

/** Parses a content model '(...)' with its quantifier.  CPython: build_model */
function parseModel(text: string): ContentModel | null {
  let i = 0;
  const s = text;
  const skip = (): void => {
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  };
  const group = (): ContentModel | null => {
    i++; // '('
    skip();
    if (s.startsWith('#PCDATA', i)) {
      i += 7;
      const names: ContentModel[] = [];
      skip();
      while (s[i] === '|') {
        i++;
        skip();
        const st = i;
        while (i < s.length && isNameChar(s.charCodeAt(i))) i++;
        if (i === st) return null;
        names.push({ type: CTYPE_NAME, quant: 0, name: s.slice(st, i), children: [] });
        skip();
      }
      if (s[i] !== ')') return null;
      i++;
      let quant = 0;
      if (s[i] === '*') {
        quant = 2;
        i++;
      } else if (names.length) return null;
      return { type: CTYPE_MIXED, quant, name: null, children: names };
    }
    const items: ContentModel[] = [];
    let sep = '';
    for (;;) {
      skip();
      let item: ContentModel | null;
      if (s[i] === '(') item = group();
      else {
        const st = i;
        while (i < s.length && isNameChar(s.charCodeAt(i))) i++;
        if (i === st) return null;
        const name = s.slice(st, i);
        const q = quantOf(s[i]);
        if (q) i++;
        item = { type: CTYPE_NAME, quant: q, name, children: [] };
      }
      if (item === null) return null;
      items.push(item);
      skip();
      const c = s[i];
      if (c === ')') {
        i++;
        break;
      }
      if (c !== '|' && c !== ',') return null;
      if (sep && sep !== c) return null;
      sep = c;
      i++;
    }
    const q = quantOf(s[i]);
    if (q) i++;
    return { type: sep === '|' ? CTYPE_CHOICE : CTYPE_SEQ, quant: q, name: null, children: items };
  };
  const m = group();
  if (m === null || i !== s.length) return null;
  return m;
}

/** The code point of '&#...;' or -1 when it is not an XML character.  CPython: xmltok.c checkCharRefNumber */
export function charRefValue(ref: string): number {
  const hex = ref.charCodeAt(2) === 0x78;
  const digits = ref.slice(hex ? 3 : 2, -1);
  let n = 0;
  for (let i = 0; i < digits.length; i++) {
    n = n * (hex ? 16 : 10) + parseInt(digits[i], 16);
    if (n > 0x10ffff) return -1;
  }
  if (n < 0x20) return n === 9 || n === 10 || n === 13 ? n : -1;
  if ((n >= 0xd800 && n <= 0xdfff) || n === 0xfffe || n === 0xffff) return -1;
  return n;
}
