// The objects of the _sre module: compiled patterns, match results, scanners and compiled
// replacement templates (their types are in pattern.ts, match.ts and template.ts).
// CPython: Modules/_sre/sre.h PatternObject, MatchObject, ScannerObject, TemplateObject
import { PyObject, type PyValue } from '../../objects/object.ts';
import type { PyDict } from '../../objects/dict.ts';
import type { PyTuple } from '../../objects/tuple.ts';
import type { SreState } from './engine.ts';
import type { Subject } from './subject.ts';

/** re.Pattern.  CPython: PatternObject */
export class PyPattern extends PyObject {
  constructor(
    readonly code: Uint32Array,
    /** The number of capturing groups. */
    readonly groups: number,
    /** Group name -> number; null when the pattern has no named groups. */
    readonly groupindex: PyDict | null,
    /** Group number -> name (None for unnamed); null when there are no named groups. */
    readonly indexgroup: PyTuple | null,
    /** The source (str, bytes-like or None). */
    readonly pattern: PyValue,
    readonly flags: number,
    /** 1 for bytes patterns, 0 for str, -1 when pattern is None. */
    readonly isbytes: number,
  ) {
    super();
  }
}

/** re.Match.  CPython: MatchObject */
export class PyMatch extends PyObject {
  regs: PyTuple | null = null;
  constructor(
    readonly pattern: PyPattern,
    /** The subject as given. */
    readonly string: PyValue,
    /** For str subjects: the text and its unit offsets (for slicing). Bytes-like ones are read again. */
    readonly subject: Subject,
    readonly pos: number,
    readonly endpos: number,
    /** The last group closed, or -1. */
    readonly lastindex: number,
    /** Start and end of group 0, 1, ...; -1 for a group that did not take part. */
    readonly mark: Int32Array,
  ) {
    super();
  }

  /** groups + 1 */
  get groups(): number {
    return this.mark.length >> 1;
  }
}

/** _sre.SRE_Scanner: repeated matches or searches over one subject.  CPython: ScannerObject */
export class PyScanner extends PyObject {
  executing = false;
  /** False once a call found no match (CPython sets state.start to NULL). */
  active = true;
  constructor(
    readonly pattern: PyPattern,
    readonly string: PyValue,
    readonly subject: Subject,
    readonly state: SreState,
  ) {
    super();
  }
}

/** One group reference of a template and the literal that follows it (null if empty). */
export interface TemplateItem {
  readonly index: number;
  readonly literal: PyValue | null;
}

/** _sre.SRE_Template: a compiled replacement string.  CPython: TemplateObject */
export class PyTemplate extends PyObject {
  constructor(
    /** The text before the first group reference. */
    readonly literal: PyValue,
    readonly items: readonly TemplateItem[],
    /** How many pieces an expansion joins at most. */
    readonly chunks: number,
  ) {
    super();
  }
}
