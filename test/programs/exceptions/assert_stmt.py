# assert statements and AssertionError
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x

print(check(1))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ["a", "list", "message"]
except AssertionError as e:
    print(repr(e), e.args[0])
try:
    assert 0, None
except AssertionError as e:
    print(repr(e), e.args)
assert True, "never evaluated" + 1
print(__debug__)
AssertionError_orig = AssertionError
class Fake(Exception):
    pass
def shadowed():
    AssertionError = Fake
    try:
        assert False, "uses the builtin, not the local"
    except Fake:
        return "local Fake"
    except AssertionError_orig:
        return "builtin AssertionError"
print(shadowed())
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("assert (1, 'msg')", "<s>", "exec")
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
def final():
    assert 1 + 1 == 3, "math is broken"
final()
