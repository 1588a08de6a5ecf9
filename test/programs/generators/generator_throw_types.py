# throw() with exception classes, instances, and StopIteration/GeneratorExit injected; tracebacks point into the generator
import traceback
def g():
    try:
        yield 1
    except Exception as e:
        yield f"caught {type(e).__name__}: {e}"
    yield "end"
for exc in [ValueError, ValueError("instance"), KeyError("k"), ZeroDivisionError]:
    gen = g()
    next(gen)
    print(gen.throw(exc))
gen = g()
next(gen)
try:
    gen.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated out of throw()")
gen2 = g()
next(gen2)
print(gen2.throw(StopIteration("injected")))
def unhandled():
    yield 1
u = unhandled()
next(u)
try:
    u.throw(RuntimeError("into generator"))
except RuntimeError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])
try:
    g().throw(TypeError)
except TypeError:
    print("throw into a fresh generator raises at once")
