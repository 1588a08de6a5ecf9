# oracle: python3
# execv/execve argument checks, set*id argument checks, and an exec that ends the process with the
# program's status.
import os
import sys

def err(f, *args):
    try:
        f(*args)
    except (ValueError, TypeError, OverflowError, OSError) as e:
        return type(e).__name__, str(e)
    return 'no error'

for argv in [(), [], ('',), [''], 'ab', None]:
    print('execv', repr(argv), err(os.execv, '/no/such/program', argv))
for env in [{'A\0B': 'x'}, {'A': 'x\0'}, {'A=B': 'x'}, {'': 'x'}, 5]:
    print('execve', repr(env), err(os.execve, '/bin/sh', ['sh', '-c', 'exit 0'], env))
print('execve argv', err(os.execve, '/no/such/program', [], {}))
print('missing program', err(os.execv, '/no/such/program', ['x'])[0])
print('execvpe', err(os.execvpe, 'no such app-', ['no such app-'], None)[0])
for v in ['x', 1.0, 2**32, 2**64, -2]:
    print('setuid', repr(v), err(os.setuid, v))
    print('setgid', repr(v), err(os.setgid, v))
print('setreuid', err(os.setreuid, 0, 'x'), err(os.setreuid, 2**32, 0))
os.setreuid(-1, -1)
os.setregid(-1, -1)
sys.stdout.flush()
os.execv('/bin/sh', ['sh', '-c', 'exit 3'])
print('not reached')
