// The locale part of start-up: LC_CTYPE from the environment, the legacy C locale coerced to C.UTF-8
// (PEP 538), UTF-8 Mode (PEP 540), and the standard streams' encoding and error handler that follow
// from them.  CPython: Python/preconfig.c (preconfig_init_utf8_mode, _PyPreConfig_Read/Write),
// Python/pylifecycle.c (_Py_CoerceLegacyLocale), Python/initconfig.c (config_init_stdio_encoding)
import type { Interpreter } from '../vm/interpreter.ts';
import type { PyConfig } from './config.ts';
import { codecLookup } from '../objects/codecs/registry.ts';
import { PyObject_GetAttr, PyObject_Str } from '../objects/abstract.ts';
import { PyBaseException } from '../objects/exceptions.ts';
import { typeOf } from '../objects/type.ts';
import { ProcessExit } from './process-exit.ts';
import { strValue } from '../objects/boxes.ts';
import { LC_ALL, LC_CTYPE, setlocale, resetLocale, ctypeLocale, localeEncoding } from '../modules/_locale.ts';

/** The locales PEP 538 tries in place of C, in order (only C.UTF-8 is installed: the first answers). */
const COERCION_TARGETS = ['C.UTF-8', 'C.utf8', 'UTF-8'];

/**
 * Sets the interpreter's LC_CTYPE from the environment as CPython's start-up does, coercing the C
 * locale unless LC_ALL is set or PYTHONCOERCECLOCALE=0, and settles cfg.utf8Mode: UTF-8 Mode is on
 * when LC_CTYPE was C or POSIX before coercion, unless -X utf8 or PYTHONUTF8 said otherwise.  Every
 * other category stays C, except that coercion sets them all from the environment (as
 * _coerce_default_locale_settings calls setlocale(LC_ALL, "")).
 */
export function initLocale(ip: Interpreter, cfg: PyConfig): void {
  resetLocale(ip);
  setlocale(ip, LC_CTYPE, '');
  if (cfg.utf8Mode < 0) cfg.utf8Mode = ctypeLocale(ip) === 'C' ? 1 : 0;
  const env = ip.host.env();
  const coerce = cfg.useEnvironment ? env.PYTHONCOERCECLOCALE : undefined;
  const lcAll = env.LC_ALL;
  if (coerce !== '0' && (lcAll === undefined || lcAll === '') && ctypeLocale(ip) === 'C') {
    for (const target of COERCION_TARGETS) {
      if (setlocale(ip, LC_CTYPE, target) === null) continue;
      // The environment says so too, for child processes and setlocale(..., '').
      ip.host.setEnv?.('LC_CTYPE', target);
      if (coerce === 'warn') ip.host.writeStderr(`${COERCION_WARNING.replace('%s', target)}\n`);
      setlocale(ip, LC_ALL, '');
      setlocale(ip, LC_CTYPE, target);
      return;
    }
  }
  if (coerce === 'warn' && ctypeLocale(ip) === 'C') ip.host.writeStderr(`${LEGACY_WARNING}\n`);
}

const COERCION_WARNING =
  'Python detected LC_CTYPE=C: LC_CTYPE coerced to %s (set another locale or PYTHONCOERCECLOCALE=0 to disable this locale coercion behavior).';
const LEGACY_WARNING =
  'Python runtime initialized with LC_CTYPE=C (a locale with default ASCII encoding), which may cause Unicode compatibility problems. Using C.UTF-8, C.utf8, or UTF-8 (if available) as alternative Unicode-compatible locales is recommended.';

/**
 * PYTHONIOENCODING=encoding[:errors] (ignored under -E): the encoding and the error handler it sets,
 * each null when it does not; an encoding without an error handler means strict.
 * CPython: config_init_stdio_encoding
 */
function ioEncodingVariable(ip: Interpreter, cfg: PyConfig): [string | null, string | null] {
  const opt = cfg.useEnvironment ? ip.host.env().PYTHONIOENCODING : undefined;
  if (opt === undefined) return [null, null];
  const colon = opt.indexOf(':');
  const encoding = colon < 0 ? opt : opt.slice(0, colon);
  let errors: string | null = colon < 0 || colon === opt.length - 1 ? null : opt.slice(colon + 1);
  if (encoding === '') return [null, errors];
  errors ??= 'strict';
  return [encoding, errors];
}

/** The standard streams' encoding: PYTHONIOENCODING's, else UTF-8 in UTF-8 Mode, else the locale's (as a codec names it). */
export function stdioEncoding(ip: Interpreter, cfg: PyConfig): string {
  const [encoding] = ioEncodingVariable(ip, cfg);
  // The codec's own name (latin-1 -> iso8859-1).  CPython: config_get_codec_name
  if (encoding !== null) {
    try {
      return strValue(PyObject_GetAttr(codecLookup(encoding), 'name'));
    } catch (e) {
      // CPython stops here (and names the thread, which pyts does not).
      const msg = e instanceof PyBaseException ? `${typeOf(e).tp_name}: ${PyObject_Str(e)}` : String(e);
      ip.host.writeStderr(`Fatal Python error: init_stdio_encoding: failed to get the Python codec name of the stdio encoding\nPython runtime state: core initialized\n${msg}\n\n`);
      throw new ProcessExit(1);
    }
  }
  if (cfg.utf8Mode > 0) return 'utf-8';
  return localeEncoding(ip) === 'UTF-8' ? 'utf-8' : 'ascii';
}

/**
 * stdin's and stdout's error handler: PYTHONIOENCODING's, else surrogateescape in UTF-8 Mode and in the C locale and the
 * locales PEP 538 coerces it to (their bytes are more likely file names than text), else strict.
 * CPython: config_get_stdio_errors
 */
export function stdioErrors(ip: Interpreter, cfg: PyConfig): string {
  const [, errors] = ioEncodingVariable(ip, cfg);
  if (errors !== null) return errors;
  if (cfg.utf8Mode > 0) return 'surrogateescape';
  const loc = ctypeLocale(ip);
  return loc === 'C' || COERCION_TARGETS.includes(loc) ? 'surrogateescape' : 'strict';
}
