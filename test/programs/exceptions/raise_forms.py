# raise statement forms and the errors of bad raises
def try_raise(fn):
    try:
        fn()
    except BaseException as e:
        print(type(e).__name__, "|", e, "|", repr(e.__cause__))

def r1(): raise ValueError
def r2(): raise ValueError("msg")
def r3(): raise ValueError("msg") from None
def r4(): raise ValueError("msg") from KeyError("k")
def r5(): raise ValueError() from TypeError
def r6(): raise
def r7(): raise "string"
def r8(): raise ValueError from "string"
def r9():
    class E(Exception):
        def __new__(cls, *a):
            return 5
    raise E
def r10():
    raise StopIteration
def r11():
    raise GeneratorExit("ge")

for f in [r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11]:
    try_raise(f)

def raise_in_except():
    try:
        raise KeyError("a")
    except KeyError:
        try_raise(lambda: (_ for _ in ()).throw(ValueError("in gen")))
        raise
try_raise(raise_in_except)

def exception_instance_reuse():
    err = ValueError("reused")
    for i in range(2):
        try:
            raise err
        except ValueError as e:
            print(i, e is err, e.__traceback__ is not None)
exception_instance_reuse()

def with_traceback():
    try:
        raise ValueError("tb")
    except ValueError as e:
        tb = e.__traceback__
        print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
        e2 = KeyError("new").with_traceback(tb)
        print(e2.__traceback__ is tb)
with_traceback()
try:
    ValueError().with_traceback(5)
except TypeError as e:
    print(type(e).__name__, e)
