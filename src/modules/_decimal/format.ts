// Decimal.__format__: the format-spec mini-language for decimals.  CPython: Modules/_decimal/_decimal.c
// dec_format, libmpdec io.c (mpd_parse_fmt_str, mpd_qformat_spec), Lib/_pydecimal.py for the specs
// libmpdec does not parse ('_' grouping, 'z', '#'), which C hands to _pydecimal.
import { valueError } from '../../objects/exceptions.ts';
import { layoutNumber, type FormatSpec } from '../../objects/format-spec.ts';
import { PyDecimal, FINITE, INF, type Ctx, finite, ndigits, pow10, shiftRound } from './number.ts';
import { rescale } from './arith.ts';

interface DecSpec {
  fill: string;
  align: string;
  zeroPad: boolean;
  sign: string;
  noNeg0: boolean;
  alternate: boolean;
  width: number;
  sep: string;
  prec: number;
  type: string;
}

const SPEC_RE = /^(?:([\s\S])?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?$/u;

function parseSpec(text: string, capitals: number): DecSpec {
  const m = SPEC_RE.exec(text);
  if (m === null) throw valueError('invalid format string');
  const zeroPad = m[6] !== undefined;
  if (zeroPad && m[2] !== undefined) throw valueError('invalid format string');
  const fill = zeroPad ? '0' : (m[1] ?? ' ');
  let type = m[10] ?? (capitals ? 'G' : 'g');
  if (type === 'n') {
    if (m[8] !== undefined) throw valueError('invalid format string');
    type = 'g';
  }
  const width = m[7] !== undefined ? Number(m[7]) : -1;
  if (m[7] !== undefined && m[7].length > 1 && m[7][0] === '0') throw valueError('invalid format string');
  return {
    fill,
    align: zeroPad ? '=' : (m[2] ?? '>'),
    zeroPad,
    sign: m[3] ?? '-',
    noNeg0: m[4] !== undefined,
    alternate: m[5] !== undefined,
    width,
    sep: m[8] ?? '',
    prec: m[9] !== undefined ? Number(m[9]) : -1,
    type,
  };
}

/** d rounded (or, with pad, zero-extended) to n significant digits with the context's rounding (libmpdec _mpd_round). */
function roundSig(d: PyDecimal, n: number, round: number, pad = false): PyDecimal {
  const digits = ndigits(d.coef);
  if (digits < n && pad) return finite(d.sign, d.coef * pow10(n - digits), d.exp - (n - digits));
  if (digits <= n) return d;
  let [q] = shiftRound(d.coef, digits - n, d.sign, round);
  let exp = d.exp + digits - n;
  if (q === pow10(n)) {
    q /= 10n;
    exp++;
  }
  return finite(d.sign, q, exp);
}

/** format(d, spec).  CPython: dec_format */
export function formatDecimal(d: PyDecimal, text: string, c: Ctx, capitals: number): string {
  const spec = parseSpec(text, capitals);
  const lower = spec.type.toLowerCase();
  const upper = spec.type !== lower;
  const out: FormatSpec = {
    fill: spec.fill,
    align: spec.align,
    sign: spec.sign === '-' ? '' : spec.sign,
    noNeg0: false,
    alternate: false,
    width: spec.width,
    thousands: spec.sep,
    groupSize: 3,
    precision: -1,
    fracThousands: '',
    type: '',
  };
  if (d.special !== FINITE) {
    let body = d.special === INF ? 'Infinity' : (d.special === 3 ? 'sNaN' : 'NaN') + (d.coef === 0n ? '' : d.coef.toString());
    if (spec.type === '%') body += '%';
    // Special values are padded as text (zero padding becomes right alignment with spaces).
    if (spec.zeroPad) {
      out.fill = ' ';
      out.align = '>';
    }
    out.thousands = '';
    return layoutNumber('', false, '', body, d.sign === 1, '', out);
  }
  let x = d;
  const t = lower;
  if (t === '%') x = finite(x.sign, x.coef, x.exp + 2);
  let dotplace: number | null = null;
  const prec = spec.prec;
  if (prec >= 0) {
    const work: Ctx = { prec: c.prec, round: c.round, emax: c.emax, emin: c.emin, clamp: c.clamp, ws: 0 };
    if (t === 'g') x = roundSig(x, prec === 0 ? 1 : prec, c.round);
    else if (t === 'e') {
      if (x.coef === 0n) dotplace = 1 - prec;
      else x = roundSig(x, prec + 1, c.round, true);
    } else x = rescale(x, -prec, c.round, work);
  }
  if ((t === 'f' || t === '%') && x.coef === 0n && x.exp > 0) x = finite(x.sign, 0n, 0);
  const digits = x.coef.toString();
  const leftdigits = x.exp + digits.length;
  if (dotplace === null) {
    if (t === 'e') dotplace = 1;
    else if (t === 'f' || t === '%') dotplace = leftdigits;
    else dotplace = x.exp <= 0 && leftdigits > -6 ? leftdigits : 1;
  }
  let intpart: string;
  let fracpart: string;
  if (dotplace < 0) {
    intpart = '0';
    fracpart = '0'.repeat(-dotplace) + digits;
  } else if (dotplace > digits.length) {
    intpart = digits + '0'.repeat(dotplace - digits.length);
    fracpart = '';
  } else {
    intpart = digits.slice(0, dotplace) || '0';
    fracpart = digits.slice(dotplace);
  }
  const exp = leftdigits - dotplace;
  let tail = '';
  if (t === 'e' || (t === 'g' && exp !== 0)) tail = (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + Math.abs(exp);
  if (t === '%') tail += '%';
  const negative = x.sign === 1 && !(spec.noNeg0 && x.coef === 0n);
  const hasDot = fracpart.length > 0 || spec.alternate;
  return layoutNumber(intpart, hasDot, fracpart, tail, negative, '', out);
}
