# Runs one module of CPython's Lib/test under pyts, counting only the tests CPython 3.14.2 itself
# passes (the reference list of ../shared/conformance), test by test (a test with failing subtests
# counts once):
#
#   node tools/run.mjs src/cli/main.ts tools/cpython-unittest.py test.test_ast.test_ast [-v] [--skip NAME,...]
#
# The tests come from the extracted tree of ../shared/conformance (CPYTHON_TESTS, default
# /tmp/cpython-3.14-test). test.support does not import under pyts yet, so this stands in for what it
# needs and pyts lacks: sysconfig's build variables (no _sysconfigdata), sys._jit, and the resource
# module. ../shared/conformance/cpython_tests.sh is the real runner once test.support imports.
import gzip
import os
import sys
import types
import unittest

args = sys.argv[1:]
verbose = '-v' in args
skip = set()
if '--skip' in args:
    skip = set(args[args.index('--skip') + 1].split(','))
module = args[0]
sys.path.insert(0, os.environ.get('CPYTHON_TESTS', '/tmp/cpython-3.14-test'))

import sysconfig
sysconfig.get_config_var = lambda name: None
sysconfig.get_config_vars = lambda *names: [None] * len(names) if names else {}
if not hasattr(sys, '_jit'):
    sys._jit = types.SimpleNamespace(is_enabled=lambda: False, is_available=lambda: False, is_active=lambda: False)
try:
    import resource
except ImportError:
    sys.modules['resource'] = types.SimpleNamespace(
        RLIMIT_STACK=3, RLIMIT_CORE=4, RLIM_INFINITY=-1, error=OSError,
        getrlimit=lambda r: (8 << 20, -1), setrlimit=lambda r, v: None)

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
