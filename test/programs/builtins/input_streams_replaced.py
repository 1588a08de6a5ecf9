# input() keeps the streams it took from sys alive while their methods run, even when those methods
# replace sys.stdin/stdout/stderr and collect garbage (gh-130163); the line read comes from the old stdin.
import gc
import io
import sys

log = []

class X(io.StringIO):
    def __getattribute__(self, name):
        global patch
        if patch:
            patch = False
            sys.stdout = X()
            sys.stderr = X()
            sys.stdin = X('second\n')
            gc.collect()
        if name in ('readline', 'write', 'flush'):
            log.append(name)
        return io.StringIO.__getattribute__(self, name)

saved = sys.stdin, sys.stdout, sys.stderr
patch = False
sys.stdout = X()
sys.stderr = X()
sys.stdin = X('first\n')
patch = True
try:
    line = input('prompt> ')
    replaced = sys.stdin.readline()
finally:
    sys.stdin, sys.stdout, sys.stderr = saved
print(repr(line), repr(replaced), log[:6])
