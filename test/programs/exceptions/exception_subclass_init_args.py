# exception subclasses with custom __init__ signatures and how args/str/repr/pickling reflect them
import pickle
class HTTPError(Exception):
    def __init__(self, status, reason="unknown"):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
    def __str__(self):
        return f"{self.status} {self.reason}"
e = HTTPError(404, "Not Found")
print(str(e), repr(e), e.args, e.status)
r = pickle.loads(pickle.dumps(e))
print(type(r).__name__, r.status, r.reason, str(r))
class OnlyKw(Exception):
    def __init__(self, *, code):
        super().__init__(code)
        self.code = code
k = OnlyKw(code=7)
print(k.args, k.code, repr(k))
try:
    pickle.loads(pickle.dumps(k))
except TypeError as err:
    print(type(err).__name__, err)
class NoSuperInit(Exception):
    def __init__(self, msg):
        self.msg = msg
n = NoSuperInit("message")
print(n.args, str(n), repr(n))
