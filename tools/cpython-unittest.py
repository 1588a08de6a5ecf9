# Runs one module of CPython's Lib/test under pyts, counting only the tests CPython 3.14.2 itself
# passes (the reference list of ../shared/conformance), test by test (a test with failing subtests
# counts once):
#
#   node tools/run.mjs src/cli/main.ts tools/cpython-unittest.py test.test_ast.test_ast [-v] [--skip NAME,...]
#
# The tests come from the extracted tree of ../shared/conformance (CPYTHON_TESTS, default
# /tmp/cpython-3.14-test).  test.support imports under pyts (sysconfig's build data, sys._jit,
# resource, subprocess and socket exist), so this needs no stand-ins any more; the figures of record
# come from ../shared/conformance/cpython_tests.sh (see docs/conformance/).
import gzip
import os
import sys
import unittest

args = sys.argv[1:]
verbose = '-v' in args
skip = set()
if '--skip' in args:
    skip = set(args[args.index('--skip') + 1].split(','))
module = args[0]
sys.path.insert(0, os.environ.get('CPYTHON_TESTS', '/tmp/cpython-3.14-test'))

here = os.path.dirname(os.path.abspath(sys.argv[0]))
ref_file = os.path.join(here, '..', '..', 'shared', 'conformance', 'cpython_tests_ref_pass.txt.gz')
top = module.split('.')[1]
with gzip.open(ref_file, 'rt') as f:
    ref = {line.split()[1] for line in f if line.split()[0] == top}


def tests_of(suite):
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            yield from tests_of(t)
        else:
            yield t


loaded = unittest.defaultTestLoader.loadTestsFromModule(__import__(module, fromlist=['_']))
chosen = [t for t in tests_of(loaded) if t.id() in ref and t._testMethodName not in skip]
result = unittest.TextTestRunner(verbosity=2 if verbose else 1).run(unittest.TestSuite(chosen))
bad = set()
for test, _ in result.failures + result.errors:
    bad.add(getattr(test, 'test_case', test).id())
for test, _ in result.skipped:
    bad.add(test.id())
print(f'{module}: tests CPython 3.14.2 passes that pass here: {len(chosen) - len(bad)}/{len(ref)}'
      f' ({len(ref) - len(chosen)} not run: skipped by --skip or not found)')
for name in sorted(bad):
    print('  not passing:', name)
