# traceback objects: tb_next chains, tb_lineno, frames, with_traceback, traceback.extract_tb
import traceback
def a():
    b()
def b():
    c()
def c():
    raise RuntimeError("deep")
try:
    a()
except RuntimeError as e:
    tb = e.__traceback__
    chain = []
    while tb:
        chain.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(chain)
    print([(fs.name, fs.lineno, fs.line) for fs in traceback.extract_tb(e.__traceback__)])
    saved = e
print(saved.__traceback__ is not None)
try:
    raise saved
except RuntimeError as e2:
    print(len(traceback.extract_tb(e2.__traceback__)))
try:
    raise ValueError("x").with_traceback(None)
except ValueError as e3:
    print(len(traceback.extract_tb(e3.__traceback__)))
def make():
    try:
        raise KeyError("k")
    except KeyError as e:
        return e
k = make()
print([fs.name for fs in traceback.extract_tb(k.__traceback__)], traceback.format_exception_only(k))
print(traceback.format_tb(k.__traceback__)[0].splitlines()[0])
