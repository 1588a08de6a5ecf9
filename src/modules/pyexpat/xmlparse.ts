// The XML parser under pyexpat: input buffering, encodings, the prolog and DTD, element content,
// entities and namespaces, reporting to handlers.  CPython: Modules/expat/xmlparse.c
import { Decoder, EncKind, InputEncoding, PARTIAL_MARK, builtinEncoding, isNameChar, isNameStart, isSpace, setLatin1Names } from './chars.ts';
import { T, Tok, contentTok, cdataTok, scanComment, scanPi, scanRef } from './tokens.ts';
import { XE, XmlFault, fault } from './errors.ts';
import { Dtd, charRefValue, declaration, findDeclEnd, isPublicId, type ContentModel } from './dtd.ts';

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const enum S {
  INIT,
  PROLOG,
  SUBSET,
  DOCTYPE_END,
  CONTENT,
  CDATA,
  EPILOG,
  EXT_INIT,
  EXT_CONTENT,
  EXT_SUBSET,
}

const enum Status {
  INITIALIZED,
  PARSING,
  FINISHED,
}

interface OpenTag {
  rawName: string;
  name: string;
  /** Prefixes bound on this element, in declaration order. */
  bindings: string[] | null;
}

const INIT_BUFFER_SIZE = 1024;
const CONTEXT_BYTES = 1024;

type Fn0 = () => void;

/** One expat parser.  CPython: Modules/expat/xmlparse.c struct XML_ParserStruct */
export class XmlParser {
  // ---- handlers (null when not set) ----
  startElement: ((name: string, atts: string[], nSpecified: number) => void) | null = null;
  endElement: ((name: string) => void) | null = null;
  characterData: ((data: string) => void) | null = null;
  processingInstruction: ((target: string, data: string) => void) | null = null;
  comment: ((data: string) => void) | null = null;
  startNamespaceDecl: ((prefix: string | null, uri: string | null) => void) | null = null;
  endNamespaceDecl: ((prefix: string | null) => void) | null = null;
  startCdataSection: Fn0 | null = null;
  endCdataSection: Fn0 | null = null;
  defaultHandler: ((data: string) => void) | null = null;
  defaultExpand = false;
  xmlDecl: ((version: string | null, encoding: string | null, standalone: number) => void) | null = null;
  startDoctypeDecl: ((name: string, sysid: string | null, pubid: string | null, hasInternalSubset: boolean) => void) | null = null;
  endDoctypeDecl: Fn0 | null = null;
  entityDecl:
    | ((name: string, isParam: boolean, value: string | null, base: string | null, sysid: string | null, pubid: string | null, notation: string | null) => void)
    | null = null;
  unparsedEntityDecl: ((name: string, base: string | null, sysid: string | null, pubid: string | null, notation: string) => void) | null = null;
  notationDecl: ((name: string, base: string | null, sysid: string | null, pubid: string | null) => void) | null = null;
  elementDecl: ((name: string, model: ContentModel) => void) | null = null;
  attlistDecl: ((elname: string, attname: string, type: string, dflt: string | null, isRequired: boolean) => void) | null = null;
  skippedEntity: ((name: string, isParam: boolean) => void) | null = null;
  externalEntityRef: ((context: string | null, base: string | null, sysid: string | null, pubid: string | null) => boolean) | null = null;
  notStandalone: (() => boolean) | null = null;
  /** Maps a declared encoding name pyts does not know to a single-byte table (pyexpat's handler). */
  unknownEncoding: ((name: string) => Int32Array | null) | null = null;

  // ---- settings ----
  readonly nsSep: string | null;
  returnNsTriplet = false;
  paramEntityParsing = 0;
  useForeignDtd = false;
  reparseDeferral = true;
  base: string | null = null;
  protocolEncoding: string | null;
  /** Billion laughs protection: output size that activates it, and the largest output/input ratio allowed. */
  blapThreshold = 8388608;
  blapMaxAmplification = 100;
  /** Bytes of entity replacement text processed so far. */
  private indirectBytes = 0;

  // ---- state ----
  dtd: Dtd;
  status = Status.INITIALIZED;
  private state: S;
  errorCode = XE.NONE;
  private decoder: Decoder | null = null;
  private rawStart: Uint8Array = new Uint8Array(0);
  /** Decoded text not yet consumed, and the parse position in it. */
  private buf = '';
  private pos = 0;
  private final = false;
  private tags: OpenTag[] = [];
  /** Namespace bindings: prefix ('' for the default namespace) to a stack of URIs. */
  private nsBindings = new Map<string, string[]>();
  private doctypeName: string | null = null;
  private doctypeSysid: string | null = null;
  private doctypePubid: string | null = null;
  private atDocStart = true;
  /** Depth of internal entity expansion; positions stay at the reference while it is > 0. */
  private entityDepth = 0;

  // ---- positions ----
  private trackIdx = 0;
  private line = 0;
  private col = 0;
  private byteIdx = 0;
  private pendingCr = false;
  eventIdx = 0;
  errLine = 0;
  errCol = 0;
  errByte = -1;
  private eventLine = 0;
  private eventCol = 0;
  private eventByte = 0;
  private frozen = false;

  // ---- expat's buffer, in bytes, for the reparse-deferral heuristic (CPython: XML_GetBuffer) ----
  private bSize = 0;
  private bPtr = 0;
  private bEnd = 0;
  private partialBefore = 0;
  private lastRequest = 0;
  private allocated = false;

  constructor(encoding: string | null, nsSep: string | null, dtd: Dtd | null = null, external: 'entity' | 'subset' | null = null) {
    this.protocolEncoding = encoding;
    this.nsSep = nsSep;
    this.dtd = dtd ?? new Dtd();
    this.state = external === 'entity' ? S.EXT_INIT : external === 'subset' ? S.EXT_SUBSET : S.INIT;
    if (external !== null) this.atDocStart = true;
  }

  get isChild(): boolean {
    return this.state === S.EXT_INIT || this.state === S.EXT_CONTENT || this.state === S.EXT_SUBSET;
  }

  setEncoding(name: string | null): boolean {
    if (this.status !== Status.INITIALIZED) return false;
    this.protocolEncoding = name;
    return true;
  }

  // ---- positions ----

  /** Moves the line/column/byte counters to index idx of the buffer.  CPython: XmlUpdatePosition */
  private advance(idx: number): void {
    const s = this.buf;
    let i = this.trackIdx;
    if (idx <= i) return;
    let line = this.line;
    let col = this.col;
    for (; i < idx; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x0a) {
        if (this.pendingCr) {
          this.pendingCr = false;
          continue;
        }
        line++;
        col = 0;
      } else if (c === 0x0d) {
        line++;
        col = 0;
        this.pendingCr = true;
        continue;
      } else if (c >= 0xdc00 && c <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff) {
        // the second half of a pair: one character
      } else col++;
      this.pendingCr = false;
    }
    if (this.decoder) this.byteIdx += this.decoder.byteLength(s, this.trackIdx, idx);
    this.trackIdx = idx;
    this.line = line;
    this.col = col;
  }

  /** Sets the current event to index idx (the start of the token being reported). */
  private setEvent(idx: number): void {
    if (this.frozen) return;
    this.eventIdx = idx;
    this.advance(idx);
    this.eventLine = this.line;
    this.eventCol = this.col;
    this.eventByte = this.byteIdx;
  }

  /** The decoded text from the current event to the end of the input seen (for GetInputContext). */
  inputContextText(): string {
    return this.buf.slice(Math.min(this.eventIdx, this.buf.length));
  }

  get inputKind(): EncKind {
    return this.decoder === null ? EncKind.UTF8 : this.decoder.enc.kind;
  }

  get currentLine(): number {
    return this.eventLine + 1;
  }
  get currentColumn(): number {
    return this.eventCol;
  }
  get currentByteIndex(): number {
    return this.status === Status.INITIALIZED && this.buf === '' ? -1 : this.eventByte;
  }

  // ---- parsing ----

  /** Feeds bytes; returns false on an error (errorCode tells which).  CPython: XML_Parse */
  parse(data: Uint8Array, isFinal: boolean): boolean {
    if (this.status === Status.FINISHED) {
      this.errorCode = this.errorCode === XE.NONE || this.errorCode === XE.ABORTED ? XE.FINISHED : this.errorCode;
      if (this.errorCode !== XE.FINISHED) return false;
      return false;
    }
    if (this.errorCode !== XE.NONE) return false;
    this.status = Status.PARSING;
    this.getBuffer(data.length);
    this.bEnd += data.length;
    this.final = isFinal;
    this.frozen = false;
    this.abortIdx = -1;
    try {
      this.decodeInput(data, isFinal);
      const haveNow = this.bEnd - this.bPtr;
      if (this.reparseDeferral && !isFinal) {
        let available = this.bPtr;
        available -= Math.min(available, CONTEXT_BYTES);
        available += this.bSize - this.bEnd;
        const enough = haveNow >= 2 * this.partialBefore || this.lastRequest > available;
        if (!enough) {
          this.syncPosition();
          return true;
        }
      }
      const before = this.pos;
      const bytesBefore = this.bPtr;
      this.run();
      this.consume();
      if (this.bPtr === bytesBefore && this.pos === before) this.partialBefore = haveNow;
      else this.partialBefore = 0;
      if (isFinal) this.status = Status.FINISHED;
      this.syncPosition();
      return true;
    } catch (e) {
      this.status = Status.FINISHED;
      if (e instanceof XmlFault) {
        this.errorCode = e.code;
        if (e.at >= 0 && !this.frozen) this.setEvent(e.at);
        this.errLine = this.eventLine + 1;
        this.errCol = this.eventCol;
        this.errByte = this.eventByte;
        return false;
      }
      this.errorCode = XE.ABORTED;
      // expat finishes the token whose handler stopped the parser before it returns.
      if (this.abortIdx >= 0) this.setEvent(this.abortIdx);
      throw e;
    }
  }

  /** After a successful call, the current position is the first byte not consumed. */
  private syncPosition(): void {
    this.frozen = false;
    this.setEvent(this.pos);
  }

  /** Emulates expat's buffer bookkeeping, which decides when a partial token is parsed again. */
  private getBuffer(len: number): void {
    this.lastRequest = len;
    if (len > this.bSize - this.bEnd || !this.allocated) {
      let needed = len + (this.bEnd - this.bPtr);
      const keep = Math.min(this.bPtr, CONTEXT_BYTES);
      needed += keep;
      if (this.allocated && needed <= this.bSize) {
        const offset = this.bPtr - keep;
        this.bEnd -= offset;
        this.bPtr -= offset;
      } else {
        let size = this.bSize || INIT_BUFFER_SIZE;
        do size *= 2;
        while (size < needed);
        const unparsed = this.bEnd - this.bPtr;
        this.bSize = size;
        this.bPtr = keep;
        this.bEnd = keep + unparsed;
        this.allocated = true;
      }
    }
  }

  /** Drops the consumed text, keeping the position counters and the byte bookkeeping. */
  private consume(): void {
    if (this.pos === 0) return;
    this.advance(this.pos);
    this.bPtr += this.decoder ? this.decoder.byteLength(this.buf, 0, this.pos) : 0;
    this.buf = this.buf.slice(this.pos);
    this.trackIdx -= this.pos;
    this.eventIdx = Math.max(0, this.eventIdx - this.pos);
    this.pos = 0;
  }

  // ---- input decoding ----

  private decodeInput(data: Uint8Array, final: boolean): void {
    if (this.decoder !== null) {
      this.buf += this.decoder.decode(data, final);
      return;
    }
    // Until the encoding is known, keep the bytes: it depends on a byte order mark, the first
    // characters and the XML (or text) declaration.  CPython: xmltok.c initScan, processXmlDecl
    let raw = data;
    if (this.rawStart.length) {
      raw = new Uint8Array(this.rawStart.length + data.length);
      raw.set(this.rawStart, 0);
      raw.set(data, this.rawStart.length);
    }
    const enc = this.detectEncoding(raw, final);
    if (enc === null) {
      this.rawStart = raw;
      return;
    }
    this.rawStart = new Uint8Array(0);
    this.decoder = new Decoder(enc.enc);
    this.byteIdx = enc.skip;
    // expat counts a byte order mark as one column.
    if (enc.skip > 0) this.col = 1;
    this.bPtr += enc.skip;
    this.buf += this.decoder.decode(raw.subarray(enc.skip), final);
  }

  private detectEncoding(raw: Uint8Array, final: boolean): { enc: InputEncoding; skip: number } | null {
    const n = raw.length;
    let enc: InputEncoding | null = null;
    let skip = 0;
    const proto = this.protocolEncoding;
    if (proto !== null) {
      enc = builtinEncoding(proto);
      if (enc === null) {
        const table = this.unknownEncoding?.(proto) ?? null;
        if (table === null) fault(XE.UNKNOWN_ENCODING, 0);
        enc = new InputEncoding(EncKind.TABLE, proto, table);
      }
      if (enc.kind === EncKind.UTF16BE && enc.name === 'UTF-16') {
        if (n < 2 && !final) return null;
        if (raw[0] === 0xff && raw[1] === 0xfe) (enc = new InputEncoding(EncKind.UTF16LE, 'UTF-16LE', null)), (skip = 2);
        else if (raw[0] === 0xfe && raw[1] === 0xff) skip = 2;
      } else if (enc.kind === EncKind.UTF8 && n >= 3 && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) skip = 3;
      return { enc, skip };
    }
    // Two bytes decide, as in expat's initScan, unless they may begin a UTF-8 byte order mark.
    if (n < 2) return final ? this.withDeclaration(raw, 0, final) : null;
    if (raw[0] === 0xfe && raw[1] === 0xff) return { enc: new InputEncoding(EncKind.UTF16BE, 'UTF-16BE', null), skip: 2 };
    if (raw[0] === 0xff && raw[1] === 0xfe) return { enc: new InputEncoding(EncKind.UTF16LE, 'UTF-16LE', null), skip: 2 };
    if (raw[0] === 0xef && raw[1] === 0xbb) {
      if (n < 3 && !final) return null;
      if (n >= 3 && raw[2] === 0xbf) return this.withDeclaration(raw, 3, final);
    }
    // A document starts with ASCII: a zero byte first or second means UTF-16.  CPython: xmltok.c initScan
    if (n >= 2 && raw[0] === 0x00) return { enc: new InputEncoding(EncKind.UTF16BE, 'UTF-16BE', null), skip: 0 };
    if (n >= 2 && raw[1] === 0x00) return { enc: new InputEncoding(EncKind.UTF16LE, 'UTF-16LE', null), skip: 0 };
    return this.withDeclaration(raw, 0, final);
  }

  /** An 8-bit document: its XML declaration, if any, names the encoding of what follows. */
  private withDeclaration(raw: Uint8Array, skip: number, final: boolean): { enc: InputEncoding; skip: number } | null {
    const utf8 = new InputEncoding(EncKind.UTF8, 'UTF-8', null);
    const head = '<?xml';
    const n = raw.length;
    for (let k = 0; k < 6; k++) {
      if (skip + k >= n) return final ? { enc: utf8, skip } : null;
      const b = raw[skip + k];
      if (k < 5 ? b !== head.charCodeAt(k) : !(b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d)) return { enc: utf8, skip };
    }
    let end = -1;
    for (let i = skip + 6; i + 1 < n; i++) {
      if (raw[i] === 0x3f && raw[i + 1] === 0x3e) {
        end = i + 2;
        break;
      }
      if (raw[i] === 0x3c || raw[i] === 0x3e) break;
    }
    if (end < 0) {
      if (!final && n - skip < 4096 && !raw.subarray(skip).includes(0x3e)) return null;
      return { enc: utf8, skip };
    }
    let decl = '';
    for (let i = skip; i < end; i++) decl += String.fromCharCode(raw[i]);
    const m = /\sencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(decl);
    if (m === null) return { enc: utf8, skip };
    const name = m[2];
    const found = builtinEncoding(name);
    if (found !== null) {
      if (found.kind === EncKind.UTF16BE || found.kind === EncKind.UTF16LE) {
        // A 16-bit encoding named in an 8-bit document: processXmlDecl reports it.
        return { enc: utf8, skip };
      }
      return { enc: found, skip };
    }
    const table = this.unknownEncoding?.(name) ?? null;
    if (table === null || !asciiCompatible(table)) return { enc: utf8, skip };
    return { enc: new InputEncoding(EncKind.TABLE, name, table), skip };
  }

  // ---- the processors ----

  private run(): void {
    const kind = this.decoder?.enc.kind;
    setLatin1Names(kind === EncKind.LATIN1 || kind === EncKind.UTF16LE || kind === EncKind.UTF16BE);
    for (;;) {
      let more: boolean;
      switch (this.state) {
        case S.INIT:
          if (this.decoder === null) {
            if (!this.final) return;
            this.decoder = new Decoder(new InputEncoding(EncKind.UTF8, 'UTF-8', null));
          }
          this.state = S.PROLOG;
          continue;
        case S.PROLOG:
          more = this.prologStep();
          break;
        case S.SUBSET:
          more = this.subsetStep(false);
          break;
        case S.DOCTYPE_END:
          more = this.doctypeEndStep();
          break;
        case S.CONTENT:
        case S.EXT_CONTENT:
          more = this.contentStep();
          break;
        case S.CDATA:
          more = this.cdataStep();
          break;
        case S.EPILOG:
          more = this.epilogStep();
          break;
        case S.EXT_INIT:
          if (this.decoder === null) {
            if (!this.final) return;
            this.decoder = new Decoder(new InputEncoding(EncKind.UTF8, 'UTF-8', null));
          }
          more = this.extInitStep();
          break;
        case S.EXT_SUBSET:
          if (this.decoder === null) {
            if (!this.final) return;
            this.decoder = new Decoder(new InputEncoding(EncKind.UTF8, 'UTF-8', null));
          }
          more = this.subsetStep(true);
          break;
      }
      if (!more) return;
    }
  }

  reportDefault(s: string, from: number, to: number): void {
    if (this.defaultHandler !== null && to > from) this.defaultHandler(s.slice(from, to));
  }

  /** White space, comments, PIs, the XML declaration and the DOCTYPE before the root element.  CPython: prologProcessor */
  private prologStep(): boolean {
    const s = this.buf;
    const p = this.pos;
    const end = s.length;
    if (p >= end) {
      if (!this.final) return false;
      this.setEvent(p);
      fault(XE.NO_ELEMENTS);
    }
    const c = s.charCodeAt(p);
    if (isSpace(c)) {
      let i = p;
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      if (i >= end && !this.final && s.charCodeAt(i - 1) === 0x0d) return false;
      this.setEvent(p);
      this.atDocStart = false;
      this.reportDefault(s, p, i);
      this.pos = i;
      return true;
    }
    if (c === 0x3c) {
      if (p + 1 >= end) return this.partial(p);
      const d = s.charCodeAt(p + 1);
      if (d === 0x3f) return this.markupPi(p, true);
      if (d === 0x21) {
        if (p + 2 >= end) return this.partial(p);
        const e = s.charCodeAt(p + 2);
        if (e === 0x2d) return this.markupComment(p);
        if (this.doctypeName === null && this.state === S.PROLOG) {
          const want = 'DOCTYPE';
          for (let k = 0; k < want.length; k++) {
            if (p + 2 + k >= end) return this.partial(p);
            if (s.charCodeAt(p + 2 + k) !== want.charCodeAt(k)) fault(XE.SYNTAX, p);
          }
          return this.doctypeStart(p);
        }
        fault(XE.SYNTAX, p);
      }
      if (isNameStart(d)) {
        this.atDocStart = false;
        this.state = S.CONTENT;
        this.startContent();
        return true;
      }
      fault(XE.INVALID_TOKEN, p + 1);
    }
    if (c === PARTIAL_MARK && p === end - 1 && this.final) fault(p > 0 && isSpace(s.charCodeAt(p - 1)) ? XE.UNCLOSED_TOKEN : XE.PARTIAL_CHAR, p);
    if (c === 0x26 || c === 0xffff || (c < 0x20 && !isSpace(c))) fault(XE.INVALID_TOKEN, p);
    nameTokenFault(s, p, XE.SYNTAX);
  }

  private partial(p: number): boolean {
    if (!this.final) return false;
    fault(XE.UNCLOSED_TOKEN, p);
  }

  /** The root element starts: a foreign DTD is read first if asked.  CPython: XML_ROLE_INSTANCE_START */
  private startContent(): void {
    if (this.useForeignDtd && this.doctypeName === null) {
      this.dtd.hasParamEntityRefs = true;
      if (this.paramEntityParsing && this.externalEntityRef !== null) {
        if (!this.externalEntityRef(null, this.base, null, null)) fault(XE.EXTERNAL_ENTITY_HANDLING);
      }
    }
  }

  private markupPi(p: number, prolog: boolean): boolean {
    const s = this.buf;
    const t = scanPi(s, p + 2, s.length, this.nsSep !== null);
    if (t === T.PARTIAL) return this.partial(p);
    if (t === T.INVALID) fault(XE.INVALID_TOKEN, Tok.end);
    this.setEvent(p);
    if (t === T.XML_DECL) {
      if (!prolog || !this.atDocStart) fault(XE.MISPLACED_XML_PI, p);
      this.atDocStart = false;
      this.processXmlDecl(s, p, Tok.end, false);
      this.pos = Tok.end;
      return true;
    }
    this.atDocStart = false;
    this.reportPi(s, p);
    this.pos = Tok.end;
    return true;
  }

  private reportPi(s: string, p: number): void {
    if (this.processingInstruction !== null) {
      const target = s.slice(Tok.nameStart, Tok.nameEnd);
      let ds = Tok.dataStart;
      const de = Tok.end - 2;
      while (ds < de && isSpace(s.charCodeAt(ds))) ds++;
      this.processingInstruction(target, normalizeLines(s.slice(ds, Math.max(ds, de))));
    } else this.reportDefault(s, p, Tok.end);
  }

  private markupComment(p: number): boolean {
    const s = this.buf;
    const t = scanComment(s, p + 3, s.length);
    if (t === T.PARTIAL) return this.partial(p);
    if (t === T.INVALID) fault(XE.INVALID_TOKEN, Tok.end);
    this.setEvent(p);
    this.atDocStart = false;
    if (this.comment !== null) this.comment(normalizeLines(s.slice(p + 4, Tok.end - 3)));
    else this.reportDefault(s, p, Tok.end);
    this.pos = Tok.end;
    return true;
  }

  /** The XML declaration, or the text declaration of an external entity.  CPython: processXmlDecl */
  private processXmlDecl(s: string, p: number, end: number, isText: boolean): void {
    const body = s.slice(p + 5, end - 2);
    const re = /^(\s+)([A-Za-z]+)(\s*=\s*)(["'])([^"']*)\4/;
    let rest = body;
    let offset = p + 5;
    let version: string | null = null;
    let encoding: string | null = null;
    let standalone = -1;
    let stage = 0;
    const bad = (at: number): never => fault(isText ? XE.TEXT_DECL : XE.XML_DECL, at);
    while (rest.length && !/^\s*$/.test(rest)) {
      const m = re.exec(rest);
      if (m === null) return bad(offset + (rest.length - rest.trimStart().length));
      const name = m[2];
      const value = m[5];
      const at = offset + m[1].length;
      if (name === 'version' && stage === 0) {
        if (!/^[a-zA-Z0-9_.:-]+$/.test(value)) bad(at);
        version = value;
        stage = 1;
      } else if (name === 'encoding' && stage <= 1 && (stage === 1 || isText)) {
        if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) bad(at);
        encoding = value;
        stage = 2;
      } else if (name === 'standalone' && stage >= 1 && stage <= 2 && !isText) {
        if (value === 'yes') standalone = 1;
        else if (value === 'no') standalone = 0;
        else bad(at);
        stage = 3;
      } else bad(at);
      rest = rest.slice(m[0].length);
      offset += m[0].length;
    }
    if (!isText && version === null) bad(p + 5);
    if (isText && encoding === null) bad(p + 5);
    if (standalone === 1) this.dtd.standalone = true;
    if (encoding !== null && this.protocolEncoding === null && this.decoder !== null) {
      const known = builtinEncoding(encoding);
      const kind = this.decoder.enc.kind;
      const sixteen = kind === EncKind.UTF16BE || kind === EncKind.UTF16LE;
      if (known !== null) {
        const k2 = known.kind;
        const declared16 = k2 === EncKind.UTF16BE || k2 === EncKind.UTF16LE;
        if (declared16 !== sixteen) fault(XE.INCORRECT_ENCODING, p);
      } else if (sixteen) {
        // expat asks the unknown-encoding handler first (Python's codec may raise).
        const table = this.unknownEncoding?.(encoding) ?? null;
        fault(table === null ? XE.UNKNOWN_ENCODING : XE.INCORRECT_ENCODING, p);
      } else if (this.decoder.enc.kind !== EncKind.TABLE || this.decoder.enc.name !== encoding) {
        const at = p + body.indexOf(encoding) + 5;
        fault(XE.UNKNOWN_ENCODING, at);
      }
    }
    if (this.xmlDecl !== null) this.xmlDecl(version, encoding, standalone);
    else this.reportDefault(s, p, end);
  }

  // ---- the document type declaration ----

  /** Reads one prolog token of the DOCTYPE header: a name, a literal, white space or a delimiter. */
  private doctypeStart(p: number): boolean {
    const s = this.buf;
    const end = s.length;
    // The whole header (up to '[' or '>') must be here.
    let i = p + 9;
    const tokens: [number, number, string][] = [];
    for (;;) {
      if (i >= end) return this.partial(p);
      const c = s.charCodeAt(i);
      if (isSpace(c)) {
        const st = i;
        while (i < end && isSpace(s.charCodeAt(i))) i++;
        tokens.push([st, i, 'S']);
        continue;
      }
      if (c === 0x5b || c === 0x3e) {
        tokens.push([i, i + 1, String.fromCharCode(c)]);
        break;
      }
      if (c === 0x22 || c === 0x27) {
        const close = s.indexOf(String.fromCharCode(c), i + 1);
        if (close < 0) return this.partial(p);
        tokens.push([i, close + 1, 'L']);
        i = close + 1;
        continue;
      }
      if (isNameChar(c)) {
        const st = i;
        while (i < end && isNameChar(s.charCodeAt(i))) i++;
        if (i >= end) return this.partial(p);
        tokens.push([st, i, 'N']);
        continue;
      }
      fault(c === 0xffff || (c < 0x20 && !isSpace(c)) ? XE.INVALID_TOKEN : XE.SYNTAX, i);
    }
    // Interpret: S name (S (SYSTEM S lit | PUBLIC S lit S lit))? S? ('[' | '>')
    const words = tokens.filter((t) => t[2] !== 'S');
    let k = 0;
    const tokAt = (j: number): number => words[j][0];
    if (tokens[0][2] !== 'S') fault(XE.SYNTAX, tokens[0][0]);
    if (words[k][2] !== 'N' || !isNameStart(s.charCodeAt(words[k][0]))) fault(XE.SYNTAX, tokAt(k));
    const name = s.slice(words[k][0], words[k][1]);
    k++;
    let sysid: string | null = null;
    let pubid: string | null = null;
    if (words[k][2] === 'N') {
      const kw = s.slice(words[k][0], words[k][1]);
      if (kw === 'SYSTEM') {
        k++;
        if (words[k][2] !== 'L') fault(XE.SYNTAX, tokAt(k));
        sysid = s.slice(words[k][0] + 1, words[k][1] - 1);
        k++;
      } else if (kw === 'PUBLIC') {
        k++;
        if (words[k][2] !== 'L') fault(XE.SYNTAX, tokAt(k));
        pubid = s.slice(words[k][0] + 1, words[k][1] - 1);
        if (!isPublicId(pubid)) fault(XE.PUBLICID, tokAt(k));
        k++;
        if (words[k][2] !== 'L') fault(XE.SYNTAX, tokAt(k));
        sysid = s.slice(words[k][0] + 1, words[k][1] - 1);
        k++;
      } else fault(XE.SYNTAX, tokAt(k));
    }
    if (k !== words.length - 1) fault(XE.SYNTAX, tokAt(k));
    const last = words[k];
    this.setEvent(p);
    this.atDocStart = false;
    this.doctypeName = name;
    this.doctypeSysid = sysid;
    this.doctypePubid = pubid === null ? null : pubid.replace(/\s+/g, ' ').trim();
    if (sysid !== null) this.dtd.hasParamEntityRefs = true;
    // Report the header to the default handler token by token, as expat's prolog tokenizer does.
    if (this.defaultHandler !== null && this.startDoctypeDecl === null) {
      this.reportDefault(s, p, p + 9);
      for (const t of tokens) {
        if (t === last) break;
        this.reportDefault(s, t[0], t[1]);
      }
    }
    if (sysid !== null && !this.dtd.standalone && !this.paramEntityParsing && this.notStandalone !== null) {
      if (!this.notStandalone()) fault(XE.NOT_STANDALONE);
    }
    if (last[2] === '[') {
      this.setEvent(last[0]);
      if (this.startDoctypeDecl !== null) this.startDoctypeDecl(name, sysid, this.doctypePubid, true);
      else this.reportDefault(s, last[0], last[1]);
      this.pos = last[1];
      this.state = S.SUBSET;
      return true;
    }
    this.pos = last[0];
    this.state = S.DOCTYPE_END;
    return true;
  }

  /** The DOCTYPE's closing '>' (after the internal subset's ']').  CPython: XML_ROLE_DOCTYPE_CLOSE */
  private doctypeEndStep(): boolean {
    const s = this.buf;
    const p = this.pos;
    const end = s.length;
    let i = p;
    while (i < end && isSpace(s.charCodeAt(i))) i++;
    if (i >= end) return this.partial(p);
    if (s.charCodeAt(i) !== 0x3e) fault(XE.SYNTAX, i);
    if (i > p) {
      this.setEvent(p);
      this.reportDefault(s, p, i);
    }
    this.setEvent(i);
    let handled = false;
    if (this.startDoctypeDecl !== null && this.doctypeName !== null && !this.subsetSeen) {
      this.startDoctypeDecl(this.doctypeName, this.doctypeSysid, this.doctypePubid, false);
      handled = true;
    }
    if (this.doctypeSysid !== null || this.useForeignDtd) {
      const had = this.dtd.hasParamEntityRefs;
      this.dtd.hasParamEntityRefs = true;
      if (this.paramEntityParsing && this.externalEntityRef !== null) {
        this.paramEntityRead = false;
        if (!this.externalEntityRef(null, this.base, this.doctypeSysid, this.doctypePubid)) fault(XE.EXTERNAL_ENTITY_HANDLING);
        if (this.paramEntityRead) {
          if (!this.dtd.standalone && this.notStandalone !== null && !this.notStandalone()) fault(XE.NOT_STANDALONE);
        } else if (this.doctypeSysid === null) this.dtd.hasParamEntityRefs = had;
      }
      this.useForeignDtd = false;
    }
    if (this.endDoctypeDecl !== null) {
      this.endDoctypeDecl();
      handled = true;
    }
    if (!handled) this.reportDefault(s, i, i + 1);
    this.pos = i + 1;
    this.state = S.PROLOG;
    return true;
  }

  private subsetSeen = false;

  /** Whether declarations come from the internal subset (where parameter entities may not appear inside them). */
  get inInternalSubset(): boolean {
    return this.state === S.SUBSET;
  }
  /** Set when an external parameter entity (or the external subset) was read. */
  paramEntityRead = false;

  /** One declaration of the internal subset (or of an external subset).  CPython: doProlog */
  private subsetStep(external: boolean): boolean {
    const s = this.buf;
    const p = this.pos;
    const end = s.length;
    this.subsetSeen = true;
    if (p >= end) {
      if (!this.final) return false;
      if (external) return false;
      this.setEvent(p);
      fault(XE.SYNTAX);
    }
    if (external && this.atDocStart && s.startsWith('<?xml', p)) {
      const t = scanPi(s, p + 2, end, false);
      if (t === T.PARTIAL) return this.partial(p);
      if (t === T.XML_DECL) {
        this.setEvent(p);
        this.processXmlDecl(s, p, Tok.end, true);
        this.atDocStart = false;
        this.pos = Tok.end;
        return true;
      }
    }
    this.atDocStart = false;
    const c = s.charCodeAt(p);
    if (isSpace(c)) {
      let i = p;
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      this.setEvent(p);
      this.reportDefault(s, p, i);
      this.pos = i;
      return true;
    }
    if (c === 0x5d && !external) {
      this.setEvent(p);
      if (this.startDoctypeDecl === null) this.reportDefault(s, p, p + 1);
      this.pos = p + 1;
      this.state = S.DOCTYPE_END;
      return true;
    }
    if (c === 0x25) {
      // A parameter entity reference between declarations.
      const t = scanRef(s, p, end);
      if (t === T.PARTIAL) return this.partial(p);
      if (t !== T.ENTITY_REF) fault(XE.INVALID_TOKEN, Tok.end);
      this.setEvent(p);
      this.pos = Tok.end;
      this.paramEntityRef(s.slice(p + 1, Tok.end - 1));
      return true;
    }
    if (c === 0x3c) {
      if (p + 1 >= end) return this.partial(p);
      const d = s.charCodeAt(p + 1);
      if (d === 0x3f) return this.markupPi(p, false);
      if (d === 0x21) {
        if (p + 2 >= end) return this.partial(p);
        if (s.charCodeAt(p + 2) === 0x2d) return this.markupComment(p);
        const close = findDeclEnd(s, p + 2);
        if (close === -2) fault(XE.INVALID_TOKEN, p);
        if (close < 0) return this.partial(p);
        this.setEvent(p);
        declaration(this, s, p, close + 1);
        this.pos = close + 1;
        return true;
      }
      fault(XE.SYNTAX, p);
    }
    if (c === 0xffff || (c < 0x20 && !isSpace(c))) fault(XE.INVALID_TOKEN, p);
    fault(XE.SYNTAX, p);
  }

  private paramEntityRef(name: string): void {
    const dtd = this.dtd;
    dtd.hasParamEntityRefs = true;
    if (!this.paramEntityParsing) {
      dtd.keepProcessing = dtd.standalone;
    } else {
      const ent = dtd.paramEntities.get(name);
      if (ent === undefined) {
        dtd.keepProcessing = dtd.standalone;
        if (this.skippedEntity !== null) this.skippedEntity(name, true);
      } else if (ent.text !== null) {
        if (ent.open) fault(XE.RECURSIVE_ENTITY_REF);
        ent.open = true;
        try {
          this.subsetText(ent.text);
        } finally {
          ent.open = false;
        }
        return;
      } else if (this.externalEntityRef !== null) {
        this.paramEntityRead = false;
        if (!this.externalEntityRef(null, ent.base, ent.systemId, ent.publicId)) fault(XE.EXTERNAL_ENTITY_HANDLING);
        if (!this.paramEntityRead) {
          dtd.keepProcessing = dtd.standalone;
          return;
        }
      } else {
        dtd.keepProcessing = dtd.standalone;
        return;
      }
    }
    if (!dtd.standalone && this.notStandalone !== null && !this.notStandalone()) fault(XE.NOT_STANDALONE);
  }

  /** Declarations in the replacement text of an internal parameter entity. */
  private subsetText(text: string): void {
    let i = 0;
    const n = text.length;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (c === 0x3c && text.charCodeAt(i + 1) === 0x21 && text.charCodeAt(i + 2) !== 0x2d) {
        const close = findDeclEnd(text, i + 2);
        if (close < 0) fault(XE.INCOMPLETE_PE);
        declaration(this, text, i, close + 1);
        i = close + 1;
        continue;
      }
      if (c === 0x3c && text.startsWith('<!--', i)) {
        const e = text.indexOf('-->', i + 4);
        if (e < 0) fault(XE.INCOMPLETE_PE);
        if (this.comment !== null) this.comment(text.slice(i + 4, e));
        i = e + 3;
        continue;
      }
      if (c === 0x3c && text.charCodeAt(i + 1) === 0x3f) {
        const t = scanPi(text, i + 2, n, false);
        if (t !== T.PI) fault(XE.INCOMPLETE_PE);
        this.reportPi(text, i);
        i = Tok.end;
        continue;
      }
      if (c === 0x25) {
        const e = text.indexOf(';', i);
        if (e < 0) fault(XE.INCOMPLETE_PE);
        this.paramEntityRef(text.slice(i + 1, e));
        i = e + 1;
        continue;
      }
      fault(XE.SYNTAX);
    }
  }

  // ---- element content ----

  private contentStep(): boolean {
    const stop = this.doContent(this.buf, this.pos, this.buf.length, !this.final, 0, false);
    if (stop < 0) return true; // the state changed
    this.pos = stop;
    return false;
  }

  /**
   * Processes content tokens of s[pos:end]; returns where it stopped for more input, or -1 when the
   * parser moved to another state (CDATA section, epilog).  startLevel is the element depth at the
   * start of an entity's text.  CPython: doContent
   */
  private doContent(s: string, pos: number, end: number, haveMore: boolean, startLevel: number, inEntity: boolean): number {
    const ns = this.nsSep !== null;
    const main = !inEntity;
    for (;;) {
      const t = contentTok(s, pos, end, ns);
      if (main) {
        this.setEvent(pos);
        this.pos = pos;
        this.abortIdx = t === T.NONE || t === T.PARTIAL || t === T.INVALID ? -1 : t === T.TRAILING_CR || t === T.TRAILING_RSQB ? end : Tok.end;
      }
      switch (t) {
        case T.NONE:
          if (haveMore) return pos;
          if (inEntity) {
            if (this.tags.length !== startLevel) fault(XE.ASYNC_ENTITY);
            return pos;
          }
          if (this.state === S.EXT_CONTENT) {
            if (this.tags.length !== 0) fault(XE.ASYNC_ENTITY);
            return pos;
          }
          fault(XE.NO_ELEMENTS);
        case T.PARTIAL:
          if (haveMore) return pos;
          fault(XE.UNCLOSED_TOKEN);
        case T.INVALID:
          // A character cut by the end of the input: expat's tokenizer reports a partial token.
          if (main && Tok.end === end - 1 && s.charCodeAt(Tok.end) === PARTIAL_MARK && !haveMore) fault(Tok.end === pos ? XE.PARTIAL_CHAR : XE.UNCLOSED_TOKEN, pos);
          fault(XE.INVALID_TOKEN, main ? Tok.end : -1);
        case T.TRAILING_CR:
          if (haveMore) return pos;
          this.charData('\n', s, pos, end);
          pos = end;
          continue;
        case T.TRAILING_RSQB:
          if (haveMore) return pos;
          this.charData(s.slice(pos, end), s, pos, end);
          pos = end;
          continue;
        case T.NEWLINE: {
          const next = Tok.end;
          this.charData('\n', s, pos, next);
          pos = next;
          continue;
        }
        case T.DATA: {
          const next = Tok.end;
          this.charData(s.slice(pos, next), s, pos, next);
          pos = next;
          continue;
        }
        case T.CHAR_REF: {
          const next = Tok.end;
          const cp = charRefValue(s.slice(pos, next));
          if (cp < 0) fault(XE.BAD_CHAR_REF);
          this.charData(String.fromCodePoint(cp), s, pos, next);
          pos = next;
          continue;
        }
        case T.ENTITY_REF: {
          const next = Tok.end;
          this.entityRef(s, pos, next);
          pos = next;
          continue;
        }
        case T.START_TAG:
        case T.EMPTY_TAG: {
          const next = Tok.end;
          this.startTag(s, pos, next, t === T.EMPTY_TAG, inEntity);
          pos = next;
          if (t === T.EMPTY_TAG && this.tags.length === startLevel && !inEntity && this.state === S.CONTENT) {
            this.pos = pos;
            this.state = S.EPILOG;
            return -1;
          }
          continue;
        }
        case T.END_TAG: {
          const next = Tok.end;
          if (this.tags.length === startLevel) fault(XE.ASYNC_ENTITY);
          const top = this.tags[this.tags.length - 1];
          if (s.slice(Tok.nameStart, Tok.nameEnd) !== top.rawName) fault(XE.TAG_MISMATCH, main ? Tok.nameStart : -1);
          this.tags.pop();
          if (this.endElement !== null) this.endElement(top.name);
          else this.reportDefault(s, pos, next);
          this.endBindings(top);
          pos = next;
          if (this.tags.length === startLevel && !inEntity && this.state === S.CONTENT) {
            this.pos = pos;
            this.state = S.EPILOG;
            return -1;
          }
          continue;
        }
        case T.CDATA_OPEN: {
          const next = Tok.end;
          if (this.startCdataSection !== null) this.startCdataSection();
          else this.reportDefault(s, pos, next);
          pos = next;
          if (inEntity) {
            pos = this.doCdata(s, pos, end, false, false);
            continue;
          }
          this.pos = pos;
          this.cdataReturn = this.state;
          this.state = S.CDATA;
          return -1;
        }
        case T.PI:
          this.reportPi(s, pos);
          pos = Tok.end;
          continue;
        case T.XML_DECL:
          fault(XE.MISPLACED_XML_PI);
        case T.COMMENT: {
          const next = Tok.end;
          if (this.comment !== null) this.comment(normalizeLines(s.slice(pos + 4, next - 3)));
          else this.reportDefault(s, pos, next);
          pos = next;
          continue;
        }
        default:
          fault(XE.UNEXPECTED_STATE);
      }
    }
  }

  private cdataReturn = S.CONTENT;
  /** The end of the main-buffer content token being reported (-1: none). */
  private abortIdx = -1;

  private cdataStep(): boolean {
    const stop = this.doCdata(this.buf, this.pos, this.buf.length, !this.final, true);
    if (stop < 0) {
      this.state = this.cdataReturn;
      return true;
    }
    this.pos = stop;
    return false;
  }

  /** Inside a CDATA section; returns where it stopped, or -1 (main buffer) after the section's end.  CPython: doCdataSection */
  private doCdata(s: string, pos: number, end: number, haveMore: boolean, main: boolean): number {
    for (;;) {
      const t = cdataTok(s, pos, end);
      if (main) this.setEvent(pos);
      switch (t) {
        case T.CDATA_CLOSE:
          if (this.endCdataSection !== null) this.endCdataSection();
          else this.reportDefault(s, pos, Tok.end);
          if (main) {
            this.pos = Tok.end;
            return -1;
          }
          return Tok.end;
        case T.NEWLINE:
          this.charData('\n', s, pos, Tok.end);
          pos = Tok.end;
          continue;
        case T.DATA:
          this.charData(s.slice(pos, Tok.end), s, pos, Tok.end);
          pos = Tok.end;
          continue;
        case T.INVALID:
          fault(XE.INVALID_TOKEN, main ? Tok.end : -1);
        case T.NONE:
        case T.PARTIAL:
          if (haveMore) return pos;
          fault(XE.UNCLOSED_CDATA_SECTION);
        default:
          fault(XE.UNEXPECTED_STATE);
      }
    }
  }

  private charData(data: string, s: string, from: number, to: number): void {
    if (this.characterData !== null) {
      const kind = this.decoder === null ? EncKind.UTF8 : this.decoder.enc.kind;
      if (kind === EncKind.UTF8 || kind === EncKind.ASCII || data.length <= 341) this.characterData(data);
      else {
        // Text in another encoding reaches the handler through expat's 1024-byte conversion
        // buffer, one buffer at a time.  CPython: doContent MUST_CONVERT, INIT_DATA_BUF_SIZE
        let i = 0;
        while (i < data.length) {
          let bytes = 0;
          let j = i;
          for (; j < data.length; j++) {
            const c = data.charCodeAt(j);
            const w = c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : c >= 0xdc00 && c <= 0xdfff ? 0 : 3;
            if (bytes + w > 1024) break;
            bytes += w;
          }
          this.characterData(data.slice(i, j));
          i = j;
        }
      }
    } else if (this.defaultHandler !== null) this.defaultHandler(s.slice(from, to));
  }

  /**
   * Counts the replacement text of an expanded entity against the input read so far.  CPython:
   * accountingDiffTolerated (xmlparse.c), which counts the bytes of every token, direct or from entities.
   */
  private accountEntity(text: string): void {
    const root = this.rootParser();
    root.indirectBytes += text.length;
    const direct = Math.max(1, root.eventByte + 1);
    const total = direct + root.indirectBytes;
    if (total >= root.blapThreshold && total / direct > root.blapMaxAmplification) fault(XE.AMPLIFICATION_LIMIT_BREACH);
  }

  private rootParser(): XmlParser {
    let p: XmlParser = this;
    while (p.parentParser !== null) p = p.parentParser;
    return p;
  }

  /** '&name;' in content.  CPython: doContent XML_TOK_ENTITY_REF */
  private entityRef(s: string, pos: number, next: number): void {
    const name = s.slice(pos + 1, next - 1);
    const ch = PREDEFINED[name];
    if (ch !== undefined) {
      if (this.characterData !== null) this.characterData(ch);
      else this.reportDefault(s, pos, next);
      return;
    }
    const dtd = this.dtd;
    const ent = dtd.generalEntities.get(name);
    if (!dtd.hasParamEntityRefs || dtd.standalone) {
      if (ent === undefined) fault(XE.UNDEFINED_ENTITY);
    } else if (ent === undefined) {
      if (this.skippedEntity !== null) this.skippedEntity(name, false);
      else this.reportDefault(s, pos, next);
      return;
    }
    if (ent.open) fault(XE.RECURSIVE_ENTITY_REF);
    if (ent.notation !== null) fault(XE.BINARY_ENTITY_REF);
    if (ent.text !== null) {
      if (!this.defaultExpand && this.defaultHandler !== null) {
        if (this.skippedEntity !== null) this.skippedEntity(name, false);
        else this.reportDefault(s, pos, next);
        return;
      }
      this.accountEntity(ent.text);
      ent.open = true;
      const wasFrozen = this.frozen;
      this.frozen = true;
      this.entityDepth++;
      try {
        this.doContent(ent.text, 0, ent.text.length, false, this.tags.length, true);
      } finally {
        ent.open = false;
        this.entityDepth--;
        this.frozen = wasFrozen;
      }
      return;
    }
    if (this.externalEntityRef !== null) {
      ent.open = true;
      try {
        if (!this.externalEntityRef(name, ent.base, ent.systemId, ent.publicId)) fault(XE.EXTERNAL_ENTITY_HANDLING);
      } finally {
        ent.open = false;
      }
    } else this.reportDefault(s, pos, next);
  }

  /** The context string of an external entity's parser: the entity's name (namespace bindings are not kept). */

  // ---- start tags, attributes and namespaces ----

  /** CPython: doContent XML_TOK_START_TAG_*, storeAtts */
  private startTag(s: string, pos: number, next: number, empty: boolean, inEntity: boolean): void {
    const rawName = s.slice(Tok.nameStart, Tok.nameEnd);
    const nAtts = Tok.nAtts;
    const raw = Tok.atts.slice(0, nAtts * 4);
    const names: string[] = [];
    const values: string[] = [];
    const defs = this.dtd.attlists.get(rawName);
    for (let k = 0; k < nAtts; k++) {
      const an = s.slice(raw[4 * k], raw[4 * k + 1]);
      if (names.includes(an)) fault(XE.DUPLICATE_ATTRIBUTE, inEntity ? -1 : raw[4 * k]);
      let isCdata = true;
      if (defs !== undefined) {
        const d = defs.find((a) => a.name === an);
        if (d !== undefined) isCdata = d.isCdata;
      }
      names.push(an);
      values.push(this.attributeValue(s.slice(raw[4 * k + 2], raw[4 * k + 3]), isCdata, inEntity ? -1 : raw[4 * k + 2]));
    }
    const nSpecified = names.length;
    if (defs !== undefined) {
      for (const d of defs) {
        if (d.dflt !== null && !names.includes(d.name)) {
          names.push(d.name);
          values.push(d.dflt);
        }
      }
    }
    let name = rawName;
    let bindings: string[] | null = null;
    let specified = nSpecified;
    if (this.nsSep !== null) {
      // xmlns attributes declare prefixes and are removed from the list.
      const keptN: string[] = [];
      const keptV: string[] = [];
      for (let k = 0; k < names.length; k++) {
        const an = names[k];
        let prefix: string | null = null;
        if (an === 'xmlns') prefix = '';
        else if (an.startsWith('xmlns:')) prefix = an.slice(6);
        if (prefix === null) {
          keptN.push(an);
          keptV.push(values[k]);
          continue;
        }
        if (k < nSpecified) specified--;
        this.addBinding(prefix, values[k]);
        (bindings ??= []).push(prefix);
      }
      const expandedN: string[] = [];
      for (let k = 0; k < keptN.length; k++) {
        const an = keptN[k];
        const colon = an.indexOf(':');
        if (colon < 0) {
          expandedN.push(an);
          continue;
        }
        const prefix = an.slice(0, colon);
        const uri = this.lookupPrefix(prefix);
        if (uri === null) fault(XE.UNBOUND_PREFIX);
        const en = this.expand(uri, an.slice(colon + 1), prefix);
        if (expandedN.includes(en)) fault(XE.DUPLICATE_ATTRIBUTE);
        expandedN.push(en);
      }
      for (let k = 0; k < expandedN.length; k++) {
        for (let j = 0; j < k; j++) if (expandedN[j] === expandedN[k]) fault(XE.DUPLICATE_ATTRIBUTE);
      }
      names.length = 0;
      values.length = 0;
      names.push(...expandedN);
      values.push(...keptV);
      const colon = rawName.indexOf(':');
      if (colon >= 0) {
        const prefix = rawName.slice(0, colon);
        const uri = this.lookupPrefix(prefix);
        if (uri === null) fault(XE.UNBOUND_PREFIX);
        name = this.expand(uri, rawName.slice(colon + 1), prefix);
      } else {
        const uri = this.lookupPrefix('');
        if (uri !== null && uri !== '') name = this.expand(uri, rawName, null);
      }
    }
    const tag: OpenTag = { rawName, name, bindings };
    this.tags.push(tag);
    if (this.startElement !== null) {
      const flat: string[] = [];
      for (let k = 0; k < names.length; k++) flat.push(names[k], values[k]);
      this.startElement(name, flat, specified * 2);
    } else if (this.defaultHandler !== null) this.reportDefault(s, pos, next);
    if (empty) {
      if (!inEntity) this.setEvent(next);
      this.tags.pop();
      if (this.endElement !== null) {
        if (this.startElement === null) this.reportDefault(s, next, next);
        this.endElement(name);
      }
      this.endBindings(tag);
    }
  }

  private expand(uri: string, local: string, prefix: string | null): string {
    const sep = this.nsSep!;
    if (this.returnNsTriplet && prefix !== null) return uri + sep + local + sep + prefix;
    return uri + sep + local;
  }

  private lookupPrefix(prefix: string): string | null {
    if (prefix === 'xml') return XML_NAMESPACE;
    const st = this.nsBindings.get(prefix);
    if (st === undefined || st.length === 0) return null;
    const uri = st[st.length - 1];
    if (uri === '' && prefix !== '') return null;
    return uri;
  }

  /** CPython: addBinding */
  private addBinding(prefix: string, uri: string): void {
    if (prefix === 'xmlns') fault(XE.RESERVED_PREFIX_XMLNS);
    if (prefix === 'xml' && uri !== XML_NAMESPACE) fault(XE.RESERVED_PREFIX_XML);
    if (prefix !== 'xml' && uri === XML_NAMESPACE) fault(XE.RESERVED_NAMESPACE_URI);
    if (uri === XMLNS_NAMESPACE) fault(XE.RESERVED_NAMESPACE_URI);
    if (uri === '' && prefix !== '') fault(XE.UNDECLARING_PREFIX);
    let st = this.nsBindings.get(prefix);
    if (st === undefined) this.nsBindings.set(prefix, (st = []));
    st.push(uri);
    if (this.startNamespaceDecl !== null) this.startNamespaceDecl(prefix === '' ? null : prefix, uri === '' ? null : uri);
  }

  private endBindings(tag: OpenTag): void {
    const b = tag.bindings;
    if (b === null) return;
    for (let k = b.length - 1; k >= 0; k--) {
      const prefix = b[k];
      if (this.endNamespaceDecl !== null) this.endNamespaceDecl(prefix === '' ? null : prefix);
      this.nsBindings.get(prefix)!.pop();
    }
  }

  /** Normalizes an attribute value: references expanded, white space to spaces.  CPython: storeAttributeValue */
  attributeValue(v: string, isCdata: boolean, at: number): string {
    let out = this.appendAttributeValue(v, at, 0);
    if (!isCdata) out = out.replace(/ +/g, ' ').replace(/^ | $/g, '');
    return out;
  }

  private appendAttributeValue(v: string, at: number, depth: number): string {
    if (v.indexOf('&') < 0 && !/[\t\n\r]/.test(v)) {
      if (depth > 0 && v.indexOf('<') >= 0) fault(XE.INVALID_TOKEN);
      return v;
    }
    let out = '';
    let i = 0;
    const n = v.length;
    while (i < n) {
      const c = v.charCodeAt(i);
      if (c === 0x26) {
        const e = v.indexOf(';', i);
        const ref = v.slice(i, e + 1);
        if (ref.charCodeAt(1) === 0x23) {
          const cp = charRefValue(ref);
          if (cp < 0) fault(XE.BAD_CHAR_REF, at < 0 ? -1 : at + i);
          out += String.fromCodePoint(cp);
        } else {
          const name = ref.slice(1, -1);
          const ch = PREDEFINED[name];
          if (ch !== undefined) out += ch;
          else {
            const dtd = this.dtd;
            const ent = dtd.generalEntities.get(name);
            if (ent === undefined) {
              if (!dtd.hasParamEntityRefs || dtd.standalone) fault(XE.UNDEFINED_ENTITY, at < 0 ? -1 : at + i);
            } else if (ent.open) fault(XE.RECURSIVE_ENTITY_REF, at < 0 ? -1 : at + i);
            else if (ent.text === null) fault(XE.ATTRIBUTE_EXTERNAL_ENTITY_REF, at < 0 ? -1 : at + i);
            else {
              this.accountEntity(ent.text);
              ent.open = true;
              try {
                out += this.appendAttributeValue(ent.text, -1, depth + 1);
              } finally {
                ent.open = false;
              }
            }
          }
        }
        i = e + 1;
        continue;
      }
      if (c === 0x0d) {
        out += ' ';
        i += v.charCodeAt(i + 1) === 0x0a ? 2 : 1;
        continue;
      }
      if (c === 0x0a || c === 0x09) {
        out += ' ';
        i++;
        continue;
      }
      if (c === 0x3c && depth > 0) fault(XE.INVALID_TOKEN);
      out += v[i];
      i++;
    }
    return out;
  }

  // ---- after the root element ----

  /** Only white space, comments and PIs may follow the root element.  CPython: epilogProcessor */
  private epilogStep(): boolean {
    const s = this.buf;
    const p = this.pos;
    const end = s.length;
    this.setEvent(p);
    if (p >= end) return false;
    const c = s.charCodeAt(p);
    if (isSpace(c)) {
      let i = p;
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      if (i >= end && !this.final && s.charCodeAt(i - 1) === 0x0d) return false;
      this.reportDefault(s, p, i);
      this.pos = i;
      return true;
    }
    if (c === 0x3c) {
      if (p + 1 >= end) return this.partial(p);
      const d = s.charCodeAt(p + 1);
      if (d === 0x3f) return this.markupPi(p, false);
      if (d === 0x21) {
        if (p + 2 >= end) return this.partial(p);
        if (s.charCodeAt(p + 2) === 0x2d) return this.markupComment(p);
      }
      fault(XE.JUNK_AFTER_DOC_ELEMENT, p);
    }
    if (c === PARTIAL_MARK && p === end - 1 && this.final) fault(XE.PARTIAL_CHAR, p);
    if (c === 0x26 || c === 0xffff || (c < 0x20 && !isSpace(c)) || (c >= 0xd800 && c <= 0xdfff)) fault(XE.INVALID_TOKEN, p);
    nameTokenFault(s, p, XE.JUNK_AFTER_DOC_ELEMENT);
  }

  // ---- external entities ----

  /** An external parsed entity: an optional text declaration, then content.  CPython: externalEntityInitProcessor */
  private extInitStep(): boolean {
    const s = this.buf;
    const p = this.pos;
    if (s.length - p < 6 && !this.final && '<?xml '.startsWith(s.slice(p))) return false;
    if (s.startsWith('<?xml', p)) {
      const t = scanPi(s, p + 2, s.length, false);
      if (t === T.PARTIAL) return this.partial(p);
      if (t === T.XML_DECL) {
        this.setEvent(p);
        this.processXmlDecl(s, p, Tok.end, true);
        this.pos = Tok.end;
      }
    }
    this.state = S.EXT_CONTENT;
    return true;
  }

  /** The context of a child parser: the general entity it reads (null: the external subset). */
  createChild(context: string | null, encoding: string | null): XmlParser {
    const child = new XmlParser(encoding, this.nsSep, this.dtd, context === null ? 'subset' : 'entity');
    child.returnNsTriplet = this.returnNsTriplet;
    child.paramEntityParsing = this.paramEntityParsing;
    child.reparseDeferral = this.reparseDeferral;
    child.base = this.base;
    child.parentParser = this;
    for (const [k, v] of this.nsBindings) child.nsBindings.set(k, v.slice());
    return child;
  }

  parentParser: XmlParser | null = null;

  /** Called when an external subset parser finishes: the parent counts the entity as read. */
  markParamEntityRead(): void {
    if (this.parentParser !== null) this.parentParser.paramEntityRead = true;
  }

  get isSubsetParser(): boolean {
    return this.state === S.EXT_SUBSET;
  }
}

// ---- helpers ----

/**
 * Text where the prolog (or epilog) allows none: a name token is the error (code at its start),
 * unless a character that cannot follow a name ends it first.  CPython: xmltok_impl.c prologTok
 */
function nameTokenFault(s: string, p: number, code: XE): never {
  if (!isNameChar(s.charCodeAt(p))) fault(code, p);
  let i = p + 1;
  while (i < s.length && isNameChar(s.charCodeAt(i))) i++;
  if (i < s.length && !isSpace(s.charCodeAt(i)) && !'>),|[%'.includes(s[i])) fault(XE.INVALID_TOKEN, i);
  fault(code, p);
}

/** A table must keep the ASCII characters of XML syntax in place.  CPython: xmltok.c XmlInitUnknownEncoding */
function asciiCompatible(table: Int32Array): boolean {
  const other = (c: number): boolean => (c < 0x20 ? c !== 9 && c !== 10 && c !== 13 : '$@\\^`{}~\x7f'.includes(String.fromCharCode(c)));
  for (let i = 0; i < 256; i++) {
    const c = table[i];
    if (i < 128 && !other(i) && c !== i) return false;
    if (c >= 0 && c < 0x80 && !other(c) && c !== i) return false;
  }
  return true;
}

/** CR LF and lone CR become LF.  CPython: normalizeLines */
function normalizeLines(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}


