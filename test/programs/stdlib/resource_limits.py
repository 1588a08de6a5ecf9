# oracle: python3
# The resource module (Linux): its names and numbers, struct_rusage, getrlimit/setrlimit/prlimit and
# their argument errors.  The oracle (Emscripten) has no resource module; python3 (3.11) answers, and
# only what 3.11 and 3.14 agree on is printed (3.14 changed the errors of negative and huge limits).
# The limits themselves belong to the process running the program, so only their shape is printed.
import resource

print(sorted(n for n in dir(resource) if n.isupper()))
print([(n, getattr(resource, n)) for n in sorted(dir(resource)) if n.isupper()])
print(resource.error is OSError)

ru = resource.getrusage(resource.RUSAGE_SELF)
print(type(ru).__name__, type(ru).__module__, len(ru), resource.struct_rusage.n_fields)
print([f for f in dir(ru) if f.startswith('ru_')])
print(type(ru.ru_utime).__name__, type(ru.ru_stime).__name__, type(ru.ru_maxrss).__name__)
print(ru.ru_utime >= 0, ru.ru_maxrss > 0, ru[0] == ru.ru_utime, ru[15] == ru.ru_nivcsw)
ch = resource.getrusage(resource.RUSAGE_CHILDREN)
print(ch.ru_utime >= 0, ch.ru_stime >= 0, ch.ru_minflt >= 0)
th = resource.getrusage(resource.RUSAGE_THREAD)
print(th.ru_utime >= 0)

for r in range(16):
    soft, hard = resource.getrlimit(r)
    ok = all(isinstance(v, int) and v >= -1 for v in (soft, hard))
    print(r, ok, hard == resource.RLIM_INFINITY or soft != resource.RLIM_INFINITY)

print(resource.prlimit(0, resource.RLIMIT_STACK) == resource.getrlimit(resource.RLIMIT_STACK))
soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
resource.setrlimit(resource.RLIMIT_CORE, (0, hard))
print(resource.getrlimit(resource.RLIMIT_CORE) == (0, hard))
print(resource.prlimit(0, resource.RLIMIT_CORE, [0, hard]) == (0, hard))
resource.setrlimit(resource.RLIMIT_CORE, (soft, hard))
print(resource.getrlimit(resource.RLIMIT_CORE) == (soft, hard))
print(resource.getpagesize())


def attempt(f, *args):
    try:
        print(f.__name__, args, '->', f(*args))
    except Exception as e:
        print(f.__name__, args, '->', type(e).__name__, e)


attempt(resource.getrlimit, 16)
attempt(resource.getrlimit, -1)
attempt(resource.getrlimit, 'x')
attempt(resource.getrlimit, 2.0)
attempt(resource.getrlimit, 2 ** 40)
attempt(resource.getrusage, 5)
attempt(resource.getrusage, -2)
attempt(resource.getrusage, None)
attempt(resource.setrlimit, 99, (1, 1))
attempt(resource.setrlimit, resource.RLIMIT_CORE, (1,))
attempt(resource.setrlimit, resource.RLIMIT_CORE, (1, 2, 3))
attempt(resource.setrlimit, resource.RLIMIT_CORE, 5)
attempt(resource.setrlimit, resource.RLIMIT_CORE, ('a', 'b'))
attempt(resource.setrlimit, resource.RLIMIT_CORE, (hard if hard != -1 else 2 ** 40, 0))
attempt(resource.prlimit, 0, 99)
attempt(resource.getrlimit)
attempt(resource.setrlimit, 1)
