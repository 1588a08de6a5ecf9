// _locale and the locale part of start-up against glibc, where the oracle (Emscripten, musl) cannot
// answer: setlocale()'s names, the C and C.UTF-8 locales' nl_langinfo, gettext's settings, and what
// LANG, LC_ALL, PYTHONCOERCECLOCALE and PYTHONUTF8 make of LC_CTYPE, UTF-8 Mode, the standard
// streams and open()'s default encoding.
//
// Every expected line is what CPython 3.11.7 printed for the same script on Debian 12 (glibc 2.36,
// `locale -a`: C, C.utf8, POSIX), run as `env -i PATH=$PATH <variables> python3 SCRIPT`; 3.11 and 3.14
// agree on all of it (PEP 538 and 540 are unchanged since 3.7; the scripts avoid locale.getlocale(),
// whose alias table changed in 3.12).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../support/known.ts';

const BIN = path.join(ROOT, 'bin', 'pyts.mjs');

/** pyts's output for a script, in an environment of only PATH and `vars` (as env -i gives). */
function run(script: string, vars: Record<string, string>): string[] {
  const r = spawnSync(process.execPath, [BIN, '-c', script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...vars } });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.split('\n').slice(0, -1);
}

function vars(spec: string): Record<string, string> {
  return Object.fromEntries(spec.split(' ').filter((s) => s !== '').map((s) => s.split('=') as [string, string]));
}

const START = "import _locale, locale, os, sys\nf = open(os.devnull, 'w')\nprint(repr(_locale.setlocale(_locale.LC_CTYPE)), repr(_locale.setlocale(_locale.LC_ALL)), sys.flags.utf8_mode,\n      _locale.getencoding(), locale.getpreferredencoding(False), os.environ.get('LC_CTYPE'),\n      sys.stdout.encoding, sys.stdout.errors, sys.stdin.errors, sys.stderr.errors, f.encoding)\n";

/** [environment, what CPython printed] */
const START_CASES: [string, string][] = [
  ["LANG=C.UTF-8", "'C.UTF-8' 'LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C' 0 UTF-8 UTF-8 None utf-8 surrogateescape surrogateescape backslashreplace UTF-8"],
  ["", "'C.UTF-8' 'LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C' 1 UTF-8 utf-8 C.UTF-8 utf-8 surrogateescape surrogateescape backslashreplace utf-8"],
  ["LANG=C", "'C.UTF-8' 'LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C' 1 UTF-8 utf-8 C.UTF-8 utf-8 surrogateescape surrogateescape backslashreplace utf-8"],
  ["LC_ALL=C.UTF-8", "'C.UTF-8' 'LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C' 0 UTF-8 UTF-8 None utf-8 surrogateescape surrogateescape backslashreplace UTF-8"],
  ["LC_ALL=C", "'C' 'C' 1 ANSI_X3.4-1968 utf-8 None utf-8 surrogateescape surrogateescape backslashreplace utf-8"],
  ["PYTHONCOERCECLOCALE=0", "'C' 'C' 1 ANSI_X3.4-1968 utf-8 None utf-8 surrogateescape surrogateescape backslashreplace utf-8"],
  ["PYTHONUTF8=0", "'C.UTF-8' 'LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C' 0 UTF-8 UTF-8 C.UTF-8 utf-8 surrogateescape surrogateescape backslashreplace UTF-8"],
  ["LANG=fr_FR.UTF-8", "'C.UTF-8' 'LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C' 1 UTF-8 utf-8 C.UTF-8 utf-8 surrogateescape surrogateescape backslashreplace utf-8"],
  ["LANG=C.utf8", "'C.utf8' 'LC_CTYPE=C.utf8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C' 0 UTF-8 UTF-8 None utf-8 surrogateescape surrogateescape backslashreplace UTF-8"],
  ["LANG=C LC_TIME=C.UTF-8", "'C.UTF-8' 'LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C.UTF-8;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C' 1 UTF-8 utf-8 C.UTF-8 utf-8 surrogateescape surrogateescape backslashreplace utf-8"],
  ["LC_ALL=C PYTHONUTF8=0", "'C' 'C' 0 ANSI_X3.4-1968 ANSI_X3.4-1968 None ascii surrogateescape surrogateescape backslashreplace ANSI_X3.4-1968"],
];


for (const [env, want] of START_CASES) {
  test(`locale: start-up with ${env === '' ? 'no locale variables' : env}`, () => {
    assert.deepEqual(run(START, vars(env)), [want]);
  });
}

const SETLOCALE = "import _locale as L\ndef show(cat, name):\n    try:\n        r = L.setlocale(cat, name)\n    except L.Error as e:\n        r = 'Error: ' + str(e)\n    print(cat, repr(name), repr(r), repr(L.setlocale(L.LC_ALL)))\n    L.setlocale(L.LC_ALL, 'C')\nfor name in ['C', 'POSIX', 'C.UTF-8', 'C.utf8', 'C.utf-8', 'C.UTF8', 'C.Utf-8', 'C.UTF-8@euro', 'C.utf8@',\n             'c.utf8', 'UTF-8', 'en_US.UTF-8', 'C.ascii', 'C.UTF_8', 'C.U-T-F-8', 'C.', 'c', 'posix', 'POSIX.UTF-8',\n             'C.utf8/x', 'C@x', 'C\u00e9', '']:\n    show(L.LC_CTYPE, name)\nall_utf8 = ';'.join(f'{c}=C.UTF-8' if c == 'LC_TIME' else f'{c}=C' for c in\n    ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES', 'LC_PAPER', 'LC_NAME',\n     'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION'])\nfor cat, name in [(6, 'C.UTF-8'), (6, 'POSIX'), (6, all_utf8), (6, 'LC_CTYPE=C.UTF-8;LC_NUMERIC=C'),\n                  (0, 'LC_CTYPE=C.UTF-8'), (7, 'C.UTF-8'), (12, 'C'), (13, 'C'), (-1, 'C'), (1, 'C.UTF-8'), (6, '')]:\n    show(cat, name)\nfor cat in (7, 12, 13, -1, 100):\n    try:\n        print(cat, L.setlocale(cat))\n    except L.Error as e:\n        print(cat, 'Error:', e)\n";

const SETLOCALE_WANT: string[] = [
  "0 'C' 'C' 'C'",
  "0 'POSIX' 'C' 'C'",
  "0 'C.UTF-8' 'C.UTF-8' 'LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C'",
  "0 'C.utf8' 'C.utf8' 'LC_CTYPE=C.utf8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C'",
  "0 'C.utf-8' 'C.utf-8' 'LC_CTYPE=C.utf-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C'",
  "0 'C.UTF8' 'C.UTF8' 'LC_CTYPE=C.UTF8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C'",
  "0 'C.Utf-8' 'C.Utf-8' 'LC_CTYPE=C.Utf-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C'",
  "0 'C.UTF-8@euro' 'C.UTF-8@euro' 'LC_CTYPE=C.UTF-8@euro;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C'",
  "0 'C.utf8@' 'C.utf8@' 'LC_CTYPE=C.utf8@;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C'",
  "0 'c.utf8' 'Error: unsupported locale setting' 'C'",
  "0 'UTF-8' 'Error: unsupported locale setting' 'C'",
  "0 'en_US.UTF-8' 'Error: unsupported locale setting' 'C'",
  "0 'C.ascii' 'Error: unsupported locale setting' 'C'",
  "0 'C.UTF_8' 'Error: unsupported locale setting' 'C'",
  "0 'C.U-T-F-8' 'Error: unsupported locale setting' 'C'",
  "0 'C.' 'Error: unsupported locale setting' 'C'",
  "0 'c' 'Error: unsupported locale setting' 'C'",
  "0 'posix' 'Error: unsupported locale setting' 'C'",
  "0 'POSIX.UTF-8' 'Error: unsupported locale setting' 'C'",
  "0 'C.utf8/x' 'Error: unsupported locale setting' 'C'",
  "0 'C@x' 'Error: unsupported locale setting' 'C'",
  "0 'C\u00e9' 'Error: unsupported locale setting' 'C'",
  "0 '' 'C.UTF-8' 'LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C'",
  "6 'C.UTF-8' 'C.UTF-8' 'C.UTF-8'",
  "6 'POSIX' 'C' 'C'",
  "6 'LC_CTYPE=C;LC_NUMERIC=C;LC_TIME=C.UTF-8;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C' 'LC_CTYPE=C;LC_NUMERIC=C;LC_TIME=C.UTF-8;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C' 'LC_CTYPE=C;LC_NUMERIC=C;LC_TIME=C.UTF-8;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C'",
  "6 'LC_CTYPE=C.UTF-8;LC_NUMERIC=C' 'Error: unsupported locale setting' 'C'",
  "0 'LC_CTYPE=C.UTF-8' 'Error: unsupported locale setting' 'C'",
  "7 'C.UTF-8' 'C.UTF-8' 'LC_CTYPE=C;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C.UTF-8;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C'",
  "12 'C' 'C' 'C'",
  "13 'C' 'Error: unsupported locale setting' 'C'",
  "-1 'C' 'Error: unsupported locale setting' 'C'",
  "1 'C.UTF-8' 'C.UTF-8' 'LC_CTYPE=C;LC_NUMERIC=C.UTF-8;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C'",
  "6 '' 'C.UTF-8' 'C.UTF-8'",
  "7 C",
  "12 C",
  "13 Error: locale query failed",
  "-1 Error: locale query failed",
  "100 Error: locale query failed",
];

const LANGINFO = "import _locale as L\nnames = sorted(k for k in dir(L) if k.isupper() and not k.startswith('LC_') and k != 'CHAR_MAX')\nfor loc in ['C', 'C.UTF-8', 'C.utf8']:\n    L.setlocale(L.LC_ALL, loc)\n    print(loc, [L.nl_langinfo(getattr(L, k)) for k in names], L.getencoding())\nL.setlocale(L.LC_ALL, 'C')\nL.setlocale(L.LC_TIME, 'C.UTF-8')\nprint(L.nl_langinfo(L.CODESET), L.getencoding(), repr(L.strxfrm('a\\U0001f600')), L.strcoll('\\U0001f600', '\\uffff'))\nprint(L.textdomain(None), L.textdomain('foo'), L.textdomain(None), L.textdomain(''), L.textdomain(None))\nprint(L.bindtextdomain('foo', None), L.bindtextdomain('foo', 'rel/dir'), L.bindtextdomain('foo', None),\n      L.bindtextdomain('foo', b'/abs'), repr(L.bindtextdomain('bar', '')), repr(L.bindtextdomain('bar', None)))\nprint(L.bind_textdomain_codeset('foo', None), L.bind_textdomain_codeset('foo', 'latin1'),\n      L.bind_textdomain_codeset('foo', None), repr(L.bind_textdomain_codeset('foo', '')))\nprint(L.dcgettext(None, 'x', 6), L.dcgettext('d', 'x', 100), L.dgettext(None, 'y'))\n";

const LANGINFO_WANT: string[] = [
  "C ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Jan', 'Oct', 'Nov', 'Dec', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', '', 'AM', 'ANSI_X3.4-1968', '-', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', '%m/%d/%y', '%a %b %e %H:%M:%S %Y', '', '', '', '', 'January', 'October', 'November', 'December', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', '^[nN]', 'PM', '.', '', '%H:%M:%S', '%I:%M:%S %p', '^[yY]', '%a %b %e %H:%M:%S %Z %Y'] ANSI_X3.4-1968",
  "C.UTF-8 ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Jan', 'Oct', 'Nov', 'Dec', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', '', 'AM', 'UTF-8', '-', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', '%m/%d/%y', '%a %b %e %H:%M:%S %Y', '', '', '', '', 'January', 'October', 'November', 'December', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', '^[nN]', 'PM', '.', '', '%H:%M:%S', '%I:%M:%S %p', '^[yY]', '%a %b %e %H:%M:%S %Z %Y'] UTF-8",
  "C.utf8 ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Jan', 'Oct', 'Nov', 'Dec', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', '', 'AM', 'UTF-8', '-', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', '%m/%d/%y', '%a %b %e %H:%M:%S %Y', '', '', '', '', 'January', 'October', 'November', 'December', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', '^[nN]', 'PM', '.', '', '%H:%M:%S', '%I:%M:%S %p', '^[yY]', '%a %b %e %H:%M:%S %Z %Y'] UTF-8",
  "ANSI_X3.4-1968 ANSI_X3.4-1968 'a\ud83d\ude00' 1",
  "messages foo foo messages messages",
  "/usr/share/locale rel/dir rel/dir /abs '' ''",
  "None latin1 latin1 ''",
  "x x y",
];


test('locale: setlocale() accepts the names glibc does (LANG=C.UTF-8)', () => {
  assert.deepEqual(run(SETLOCALE, { LANG: 'C.UTF-8' }), SETLOCALE_WANT);
});

test('locale: nl_langinfo in C and C.UTF-8, strcoll/strxfrm, gettext settings', () => {
  assert.deepEqual(run(LANGINFO, { LANG: 'C.UTF-8' }), LANGINFO_WANT);
});
