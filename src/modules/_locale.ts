// The _locale module: POSIX locales as glibc has them on a system where only the C, POSIX and
// C.UTF-8 locales are installed.  CPython: Modules/_localemodule.c
//
// pyts has no C library to ask, so this file is the C library's locale part too: the current locale
// of each category (per interpreter, as a process has one), setlocale()'s name rules, and the data of
// the two locales there are (C and C.UTF-8 differ only in their character set, CODESET).
import { None, type PyValue } from '../objects/object.ts';
import type { PyType } from '../objects/type.ts';
import { typeOf } from '../objects/type.ts';
import { defineModule } from '../objects/module-def.ts';
import { PyDict } from '../objects/dict.ts';
import { PyList } from '../objects/list.ts';
import { PyBytes } from '../objects/bytes.ts';
import { isStrValue, strValue } from '../objects/boxes.ts';
import { PyNumber_Index, PyObject_Call, lookupSpecial } from '../objects/abstract.ts';
import { cpCompare } from '../objects/str/codepoints.ts';
import { encodeText } from '../objects/codecs/registry.ts';
import { newException, overflowError, typeError, valueError, PyExc_Exception } from '../objects/exceptions.ts';
import { interp, type Interpreter } from '../vm/interpreter.ts';
import { newExceptionClass } from './hashlib-support.ts';
import { fsDecode } from './posix/args.ts';
import { withDocs, moduleDoc } from './docs.ts';

// ---- the categories (glibc's numbers) ----

export const LC_CTYPE = 0;
export const LC_NUMERIC = 1;
export const LC_TIME = 2;
export const LC_COLLATE = 3;
export const LC_MONETARY = 4;
export const LC_MESSAGES = 5;
export const LC_ALL = 6;
const CHAR_MAX = 127;

/** glibc's categories by number (LC_ALL is 6; 7 to 12 are ones Python has no name for). */
const CATEGORY_NAMES = [
  'LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES', 'LC_ALL',
  'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION',
];
const N_CATEGORIES = CATEGORY_NAMES.length;

// ---- the locales there are ----

/**
 * The name setlocale() records for `name`, or null when no such locale is installed.  glibc reads
 * "C" and "POSIX" as its built-in C locale, and "C.<codeset>[@modifier]" as the installed C.utf8
 * when the codeset is a name of UTF-8 (glibc compares it through its charset aliases: UTF-8 or
 * UTF8 in any case, not UTF_8); the name keeps its spelling.  No locale name holds a '/'.
 */
function installedLocale(name: string): string | null {
  if (name === 'C' || name === 'POSIX') return 'C';
  if (name.includes('/') || !name.startsWith('C.')) return null;
  const at = name.indexOf('@');
  const codeset = (at < 0 ? name.slice(2) : name.slice(2, at)).toUpperCase();
  return codeset === 'UTF-8' || codeset === 'UTF8' ? name : null;
}

/** The character set of a locale: nl_langinfo(CODESET). */
function codesetOf(locale: string): string {
  return locale === 'C' ? 'ANSI_X3.4-1968' : 'UTF-8';
}

// ---- the per-interpreter state: the C library's current locale and gettext settings ----

interface LocaleState {
  /** The locale of each category, by number (LC_ALL's entry is unused). */
  categories: string[];
  textDomain: string;
  /** bindtextdomain(): domain -> directory. */
  domainDirs: Map<string, string>;
  /** bind_textdomain_codeset(): domain -> codeset. */
  domainCodesets: Map<string, string>;
}

const states = new WeakMap<Interpreter, LocaleState>();

function stateOf(ip: Interpreter = interp()): LocaleState {
  let s = states.get(ip);
  if (s === undefined) {
    s = { categories: new Array<string>(N_CATEGORIES).fill('C'), textDomain: 'messages', domainDirs: new Map(), domainCodesets: new Map() };
    states.set(ip, s);
  }
  return s;
}

/** Every category back to C, as a process starts. */
export function resetLocale(ip: Interpreter): void {
  stateOf(ip).categories.fill('C');
}

/** The locale setlocale(category, "") picks from the environment: LC_ALL, LC_<category>, LANG, else C.  */
function localeFromEnv(env: Record<string, string>, category: number): string {
  for (const v of [env.LC_ALL, env[CATEGORY_NAMES[category]], env.LANG]) if (v !== undefined && v !== '') return v;
  return 'C';
}

/**
 * The C library's setlocale(): sets category to `locale` ('' reads the environment), or with null
 * only answers; returns the locale's name, or null (the category is unknown, or the locale is not
 * installed: then nothing changes).
 */
export function setlocale(ip: Interpreter, category: number, locale: string | null): string | null {
  if (!(category >= 0 && category < N_CATEGORIES)) return null;
  const cats = stateOf(ip).categories;
  if (locale === null) {
    if (category !== LC_ALL) return cats[category];
    return allCategoriesName(cats);
  }
  if (category !== LC_ALL) {
    const name = installedLocale(locale === '' ? localeFromEnv(ip.host.env(), category) : locale);
    if (name === null) return null;
    cats[category] = name;
    return name;
  }
  // LC_ALL: every category or none.
  const wanted = locale === '' ? envLocales(ip.host.env()) : locale.includes(';') ? compositeLocales(locale) : CATEGORY_NAMES.map(() => locale);
  const names = wanted?.map((n, i) => (i === LC_ALL ? 'C' : installedLocale(n)));
  if (names === undefined || names.some((n) => n === null)) return null;
  for (let i = 0; i < N_CATEGORIES; i++) if (i !== LC_ALL) cats[i] = names[i]!;
  return allCategoriesName(cats);
}

function envLocales(env: Record<string, string>): string[] {
  return CATEGORY_NAMES.map((_, i) => (i === LC_ALL ? 'C' : localeFromEnv(env, i)));
}

/**
 * "LC_CTYPE=...;LC_NUMERIC=...;..." (what setlocale(LC_ALL) answers when they differ) as a name per
 * category, or null when it does not name every category.
 */
function compositeLocales(locale: string): string[] | null {
  const names: string[] = CATEGORY_NAMES.map(() => '');
  for (const part of locale.split(';')) {
    const eq = part.indexOf('=');
    const i = CATEGORY_NAMES.indexOf(part.slice(0, eq));
    if (eq < 0 || i < 0 || i === LC_ALL) return null;
    names[i] = part.slice(eq + 1);
  }
  return names.some((n, i) => i !== LC_ALL && n === '') ? null : names;
}

/** setlocale(LC_ALL, NULL): the common name, or each category's as glibc lists them. */
function allCategoriesName(cats: string[]): string {
  const first = cats[LC_CTYPE];
  if (cats.every((n, i) => i === LC_ALL || n === first)) return first;
  return CATEGORY_NAMES.flatMap((c, i) => (i === LC_ALL ? [] : [`${c}=${cats[i]}`])).join(';');
}

/** The current LC_CTYPE locale's character set.  CPython: nl_langinfo(CODESET) in _Py_GetLocaleEncoding */
export function localeEncoding(ip: Interpreter = interp()): string {
  return codesetOf(stateOf(ip).categories[LC_CTYPE]);
}

/** The LC_CTYPE locale's name.  CPython: setlocale(LC_CTYPE, NULL) */
export function ctypeLocale(ip: Interpreter = interp()): string {
  return stateOf(ip).categories[LC_CTYPE];
}

// ---- nl_langinfo ----

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An item of nl_langinfo: (glibc's number, the category it belongs to, its value in the C locales). */
type LangInfo = [name: string, value: number, category: number, c: string];

/** glibc numbers an item (category << 16) | index. */
function item(category: number, index: number): number {
  return (category << 16) | index;
}

const CODESET = 14;

/** The items CPython exposes, in its order, with glibc's C locale values. */
const LANGINFO: readonly LangInfo[] = [
  ...DAYS.map((d, i): LangInfo => [`DAY_${i + 1}`, item(LC_TIME, 7 + i), LC_TIME, d]),
  ...DAYS.map((d, i): LangInfo => [`ABDAY_${i + 1}`, item(LC_TIME, i), LC_TIME, d.slice(0, 3)]),
  ...MONTHS.map((m, i): LangInfo => [`MON_${i + 1}`, item(LC_TIME, 26 + i), LC_TIME, m]),
  ...MONTHS.map((m, i): LangInfo => [`ABMON_${i + 1}`, item(LC_TIME, 14 + i), LC_TIME, m.slice(0, 3)]),
  ['RADIXCHAR', item(LC_NUMERIC, 0), LC_NUMERIC, '.'],
  ['THOUSEP', item(LC_NUMERIC, 1), LC_NUMERIC, ''],
  ['CRNCYSTR', item(LC_MONETARY, 15), LC_MONETARY, '-'],
  ['D_T_FMT', item(LC_TIME, 40), LC_TIME, '%a %b %e %H:%M:%S %Y'],
  ['D_FMT', item(LC_TIME, 41), LC_TIME, '%m/%d/%y'],
  ['T_FMT', item(LC_TIME, 42), LC_TIME, '%H:%M:%S'],
  ['AM_STR', item(LC_TIME, 38), LC_TIME, 'AM'],
  ['PM_STR', item(LC_TIME, 39), LC_TIME, 'PM'],
  ['CODESET', CODESET, LC_CTYPE, ''],
  ['T_FMT_AMPM', item(LC_TIME, 43), LC_TIME, '%I:%M:%S %p'],
  ['ERA', item(LC_TIME, 44), LC_TIME, ''],
  ['ERA_D_FMT', item(LC_TIME, 46), LC_TIME, ''],
  ['ERA_D_T_FMT', item(LC_TIME, 48), LC_TIME, ''],
  ['ERA_T_FMT', item(LC_TIME, 49), LC_TIME, ''],
  ['ALT_DIGITS', item(LC_TIME, 47), LC_TIME, ''],
  ['YESEXPR', item(LC_MESSAGES, 0), LC_MESSAGES, '^[yY]'],
  ['NOEXPR', item(LC_MESSAGES, 1), LC_MESSAGES, '^[nN]'],
  ['_DATE_FMT', item(LC_TIME, 108), LC_TIME, '%a %b %e %H:%M:%S %Z %Y'],
];

// ---- argument conversions (Argument Clinic's) ----

/** An `int` argument. */
function intArg(v: PyValue): number {
  const i = PyNumber_Index(v);
  if (typeof i === 'bigint' || i > 0x7fffffff || i < -0x80000000) throw overflowError('Python int too large to convert to C int');
  return i;
}

/** A `str` argument made a C string: no NUL, no lone surrogate.  `which` is '' or ' 1', ' 2'... */
function cStringArg(fn: string, which: string, v: PyValue, noneOk = false): string | null {
  if (noneOk && v === None) return null;
  if (!isStrValue(v)) {
    throw typeError(`${fn}() argument${which} must be str${noneOk ? ' or None' : ''}, not ${typeOf(v).tp_name}`);
  }
  const s = strValue(v);
  encodeText(s, 'utf-8', 'strict');
  if (s.includes('\0')) throw valueError('embedded null character');
  return s;
}

/** A `unicode` argument made a wchar_t string (CPython: PyUnicode_AsWideCharString). */
function wideArg(fn: string, which: string, v: PyValue): string {
  if (!isStrValue(v)) throw typeError(`${fn}() argument${which} must be str, not ${typeOf(v).tp_name}`);
  const s = strValue(v);
  if (s.includes('\0')) throw valueError('embedded null character');
  return s;
}

/** A path made bytes, decoded back (CPython: PyUnicode_FSConverter). */
function fsArg(v: PyValue): string {
  if (isStrValue(v)) return wideArg('bindtextdomain', '', v);
  if (v instanceof PyBytes) {
    if (v.data.includes(0)) throw valueError('embedded null byte');
    return fsDecode(v.data);
  }
  const f = lookupSpecial(v, '__fspath__');
  if (f !== null) return fsArg(PyObject_Call(f, []));
  throw typeError(`expected str, bytes or os.PathLike object, not ${typeOf(v).tp_name}`);
}

// ---- the module's functions ----

const errors = new WeakMap<object, PyType>();

function localeError(m: PyValue, message: string): never {
  throw newException(errors.get(m as object)!, [message]);
}

/** CPython: _locale_setlocale_impl */
function localeSetlocale(m: PyValue, category: PyValue, locale: PyValue = None): PyValue {
  const cat = intArg(category);
  const name = cStringArg('setlocale', ' 2', locale, true);
  const result = setlocale(interp(), cat, name);
  if (result === null) localeError(m, name === null ? 'locale query failed' : 'unsupported locale setting');
  return result;
}

/** The C locales' struct lconv, as a dict.  CPython: _locale_localeconv_impl */
function localeLocaleconv(_m: PyValue): PyValue {
  const d = new PyDict();
  for (const k of ['int_curr_symbol', 'currency_symbol', 'mon_decimal_point', 'mon_thousands_sep']) d.setStr(k, '');
  d.setStr('mon_grouping', new PyList([]));
  d.setStr('positive_sign', '');
  d.setStr('negative_sign', '');
  for (const k of ['int_frac_digits', 'frac_digits', 'p_cs_precedes', 'p_sep_by_space', 'n_cs_precedes', 'n_sep_by_space', 'p_sign_posn', 'n_sign_posn']) {
    d.setStr(k, CHAR_MAX);
  }
  d.setStr('decimal_point', '.');
  d.setStr('thousands_sep', '');
  d.setStr('grouping', new PyList([]));
  return d;
}

/** Code point order, as glibc's C and C.UTF-8 collate.  CPython: _locale_strcoll_impl */
function localeStrcoll(_m: PyValue, os1: PyValue, os2: PyValue): PyValue {
  const c = cpCompare(wideArg('strcoll', ' 1', os1), wideArg('strcoll', ' 2', os2));
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

/** CPython: _locale_strxfrm_impl */
function localeStrxfrm(_m: PyValue, s: PyValue): PyValue {
  return wideArg('strxfrm', '', s);
}

/** CPython: _locale_nl_langinfo_impl */
function localeNlLanginfo(_m: PyValue, key: PyValue): PyValue {
  const k = intArg(key);
  const entry = LANGINFO.find((e) => e[1] === k);
  if (entry === undefined) throw valueError('unsupported langinfo constant');
  return k === CODESET ? localeEncoding() : entry[3];
}

// gettext without message catalogs: every message translates to itself.

function localeGettext(_m: PyValue, msg: PyValue): PyValue {
  return cStringArg('gettext', '', msg)!;
}

function localeDgettext(_m: PyValue, domain: PyValue, msg: PyValue): PyValue {
  cStringArg('dgettext', ' 1', domain, true);
  return cStringArg('dgettext', ' 2', msg)!;
}

function localeDcgettext(_m: PyValue, domain: PyValue, msg: PyValue, category: PyValue): PyValue {
  cStringArg('dcgettext', ' 1', domain, true);
  const s = cStringArg('dcgettext', ' 2', msg)!;
  intArg(category);
  return s;
}

/** CPython: _locale_textdomain_impl (glibc: "" means the default domain, "messages") */
function localeTextdomain(_m: PyValue, domain: PyValue): PyValue {
  const d = cStringArg('textdomain', '', domain, true);
  const st = stateOf();
  if (d !== null) st.textDomain = d === '' ? 'messages' : d;
  return st.textDomain;
}

/** CPython: _locale_bindtextdomain_impl */
function localeBindtextdomain(m: PyValue, domain: PyValue, dir: PyValue): PyValue {
  const d = cStringArg('bindtextdomain', ' 1', domain)!;
  if (d === '') localeError(m, 'domain must be a non-empty string');
  const st = stateOf();
  if (dir !== None) st.domainDirs.set(d, fsArg(dir));
  return st.domainDirs.get(d) ?? '/usr/share/locale';
}

/** CPython: _locale_bind_textdomain_codeset_impl */
function localeBindTextdomainCodeset(_m: PyValue, domain: PyValue, codeset: PyValue): PyValue {
  const d = cStringArg('bind_textdomain_codeset', ' 1', domain)!;
  const c = cStringArg('bind_textdomain_codeset', ' 2', codeset, true);
  const st = stateOf();
  if (c !== null) st.domainCodesets.set(d, c);
  return st.domainCodesets.get(d) ?? None;
}

/** CPython: _locale_getencoding_impl */
function localeGetencoding(_m: PyValue): PyValue {
  return localeEncoding();
}

// The module's __doc__ and its functions' come from CPython (docs.generated.ts); these are for readers.
export const localeModule = defineModule({
  name: '_locale',
  doc: moduleDoc('_locale'),
  functions: withDocs('_locale', {
    setlocale: { sig: '($module, category, locale=<unrepresentable>, /)', impl: localeSetlocale, doc: "Sets a category's locale, or with no locale tells it." },
    localeconv: { sig: '($module, /)', impl: localeLocaleconv, doc: "The locale's conventions for numbers and money, as a dict." },
    strcoll: { sig: '($module, os1, os2, /)', impl: localeStrcoll, doc: "Compares two strings in the LC_COLLATE locale's order." },
    strxfrm: { sig: '($module, string, /)', impl: localeStrxfrm, doc: 'A key for the string that sorts as strcoll() compares.' },
    nl_langinfo: { sig: '($module, key, /)', impl: localeNlLanginfo, doc: 'One item of the locale data (a day name, a format, the character set...).' },
    gettext: { sig: '($module, msg, /)', impl: localeGettext, doc: 'The translation of msg in the current text domain.' },
    dgettext: { sig: '($module, domain, msg, /)', impl: localeDgettext, doc: 'The translation of msg in the given text domain.' },
    dcgettext: { sig: '($module, domain, msg, category, /)', impl: localeDcgettext, doc: 'The translation of msg in the given text domain and category.' },
    textdomain: { sig: '($module, domain, /)', impl: localeTextdomain, doc: 'Sets the current text domain (None: leaves it) and returns it.' },
    bindtextdomain: { sig: '($module, domain, dir, /)', impl: localeBindtextdomain, doc: "Sets the directory of a domain's catalogs (None: leaves it) and returns it." },
    bind_textdomain_codeset: { sig: '($module, domain, codeset, /)', impl: localeBindTextdomainCodeset, doc: "Sets the character set of a domain's translations (None: leaves it) and returns it." },
    getencoding: { sig: '($module, /)', impl: localeGetencoding, doc: "The LC_CTYPE locale's character set." },
  }),
  constants: (m) => {
    const error = newExceptionClass('locale', 'Error', PyExc_Exception);
    errors.set(m, error);
    const c: Record<string, PyValue> = {
      LC_CTYPE, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_NUMERIC, LC_ALL, CHAR_MAX, Error: error,
    };
    for (const [name, value] of LANGINFO) c[name] = value;
    return c;
  },
});
