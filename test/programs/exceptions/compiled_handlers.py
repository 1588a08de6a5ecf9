# Exceptions caught in the frame that raised them, or in its direct caller, in loops (the compiled
# tier handles these without leaving compiled code): handler choice, re-raise, finally blocks,
# chaining, and the traceback entries of the frames the exception passed through.

def fail(i):
    if i % 2:
        raise ValueError(i)
    return i


def inner_handled(n):
    t = 0
    for i in range(n):
        try:
            t += fail(i)
        except ValueError as e:
            t += 100 + e.args[0]
    return t


def reraise_local(n):
    out = []
    for i in range(n):
        try:
            try:
                raise KeyError(i)
            except KeyError:
                if i % 3 == 0:
                    raise
                out.append('k')
        except KeyError as e:
            out.append(('re', e.args[0], e.__context__ is None))
    return out


def finally_reraise(n):
    log = []
    for i in range(n):
        try:
            try:
                if i % 2:
                    raise TypeError('t%d' % i)
            finally:
                log.append(i)
        except TypeError as e:
            log.append(str(e))
    return log


def chained(n):
    res = []
    for i in range(n):
        try:
            try:
                {}[i]
            except KeyError as k:
                raise RuntimeError('wrapped') from k
        except RuntimeError as r:
            res.append((type(r.__cause__).__name__, r.__suppress_context__, type(r.__context__).__name__))
    return res


def tb_entries(n):
    names = []
    for i in range(n):
        try:
            fail(1)
        except ValueError as e:
            tb = e.__traceback__
            names = []
            while tb is not None:
                names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                tb = tb.tb_next
    return names


def context_chain(n):
    seen = []
    for i in range(n):
        try:
            try:
                raise ValueError('a%d' % i)
            except ValueError:
                raise TypeError('b')
        except TypeError as e:
            seen.append(repr(e.__context__))
    return seen[-2:]


def handled_then_unhandled(n):
    t = 0
    for i in range(n):
        try:
            t += fail(i)
        except KeyError:
            t -= 1
    return t


print(inner_handled(50))
print(reraise_local(9))
print(finally_reraise(6))
print(chained(3))
print(tb_entries(20))
print(context_chain(20))
try:
    handled_then_unhandled(40)
except ValueError as e:
    print('escaped', e.args)
handled_then_unhandled(40)
