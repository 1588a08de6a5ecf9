// Case lists for the native-module tests: each case is a Python expression, or statements that leave
// their result in `r`, evaluated in a fresh namespace after the suite's setup. One program runs every
// case of a suite and prints one line per case (repr of the result, or `Type: message`); CPython's
// lines are the goldens (tools/gen/native-modules.ts), pyts's must be the same, line by line.
// A case marked python3 runs on the machine's 64-bit CPython 3.11 instead of the 32-bit oracle:
// for results that depend on the size of C long, size_t or pointers (struct's native formats,
// array's 'l' and 'L'), where 3.11 and 3.14 agree.

export interface ModuleCase {
  code: string;
  python3?: boolean;
}

export interface Suite {
  name: string;
  /** Statements run once before the cases (imports, helpers); their names are visible to every case. */
  setup: string;
  cases: (string | ModuleCase)[];
}

export interface SuiteGolden {
  oracle: string[];
  python3: string[];
}

export function caseOf(c: string | ModuleCase): ModuleCase {
  return typeof c === 'string' ? { code: c } : c;
}

const DRIVER = `
def __case_run(__cases, __setup):
    __base = {'__name__': '__case__'}
    exec(__setup, __base)
    for __src in __cases:
        __g = dict(__base)
        try:
            try:
                __code = compile(__src, '<case>', 'eval')
            except SyntaxError:
                exec(compile(__src, '<case>', 'exec'), __g)
                __r = __g.get('r')
            else:
                __r = eval(__code, __g)
            __line = repr(__r)
        except BaseException as __e:
            __line = type(__e).__name__ + ': ' + str(__e)
        print(__line.replace('\\\\', '\\\\\\\\').replace('\\n', '\\\\n'))
`;

/** Python source that runs the given cases of a suite and prints one line each. */
export function suiteProgram(suite: Suite, python3: boolean): string {
  const codes = suite.cases.map(caseOf).filter((c) => (c.python3 ?? false) === python3).map((c) => c.code);
  return `${DRIVER}\n__case_run(${pyList(codes)}, ${pyStr(suite.setup)})\n`;
}

/** The cases of one kind, in order (the golden's lines follow it). */
export function suiteCodes(suite: Suite, python3: boolean): string[] {
  return suite.cases.map(caseOf).filter((c) => (c.python3 ?? false) === python3).map((c) => c.code);
}

function pyStr(s: string): string {
  return JSON.stringify(s);
}

function pyList(xs: string[]): string {
  return '[\n' + xs.map((x) => '  ' + pyStr(x) + ',\n').join('') + ']';
}
