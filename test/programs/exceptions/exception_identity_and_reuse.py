# raising the same exception object repeatedly: traceback accumulation, __context__ cycles avoided, caught instance identity
err = ValueError("shared")
seen = []
for attempt in range(3):
    try:
        raise err
    except ValueError as e:
        seen.append(e is err)
print(seen)
import traceback
def depth_of(e):
    return len(traceback.extract_tb(e.__traceback__))
def raise_it():
    raise err
try:
    raise_it()
except ValueError as e:
    print("tb frames:", depth_of(e))
err.__traceback__ = None
try:
    raise err
except ValueError as e:
    print("after reset:", depth_of(e))
a = KeyError("a")
b = KeyError("b")
try:
    try:
        raise a
    except KeyError:
        raise b
except KeyError as outer:
    print(repr(outer), repr(outer.__context__))
try:
    try:
        raise b
    except KeyError:
        raise a
except KeyError as outer:
    print(repr(outer), repr(outer.__context__), repr(outer.__context__.__context__))
