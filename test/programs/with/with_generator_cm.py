# contextmanager-based managers: exceptions thrown into the generator, re-raising, returning values from __exit__
import contextlib
@contextlib.contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except ValueError as e:
        log.append(f"rollback {e}")
        raise
    except KeyError:
        log.append("swallow KeyError")
    else:
        log.append("commit")
    finally:
        log.append("end")
for exc in [None, KeyError("k"), ValueError("v")]:
    log = []
    try:
        with transaction(log):
            if exc:
                raise exc
    except ValueError:
        log.append("outer saw ValueError")
    print(log)
@contextlib.contextmanager
def changes_exception():
    try:
        yield
    except ZeroDivisionError:
        raise ArithmeticError("converted")
try:
    with changes_exception():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
@contextlib.contextmanager
def stop_iteration_inside():
    yield
try:
    with stop_iteration_inside():
        raise StopIteration("through cm")
except StopIteration as e:
    print("StopIteration preserved:", e)
cm = transaction([])
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__, e)
