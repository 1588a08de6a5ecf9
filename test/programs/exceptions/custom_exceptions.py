# user-defined exception classes: hierarchies, __init__/__str__/__reduce__, catching by base
class AppError(Exception):
    """Base for this app."""
class ConfigError(AppError):
    def __init__(self, key, problem="missing"):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem
    def __str__(self):
        return f"config key {self.key!r} is {self.problem}"
class NetError(AppError):
    pass

for exc in [ConfigError("port"), ConfigError("host", "invalid"), NetError("timeout"), AppError()]:
    try:
        raise exc
    except ConfigError as e:
        print("config:", e, e.args, repr(e))
    except AppError as e:
        print("app:", type(e).__name__, e, repr(e))

print(ConfigError.__doc__, AppError.__doc__, ConfigError.__mro__[1:3])
e = ConfigError("k")
print(e.__reduce__()[0].__name__, e.__reduce__()[1])
import pickle
r = pickle.loads(pickle.dumps(NetError("pickled")))
print(type(r).__name__, r)

class WithState(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.extra = [1, 2]
w = WithState("m")
print(w.__dict__, w.__reduce__()[2] if len(w.__reduce__()) > 2 else None)

class BaseOnly(BaseException):
    pass
try:
    try:
        raise BaseOnly("not an Exception")
    except Exception:
        print("wrong")
except BaseException as b:
    print("caught by BaseException:", repr(b))

class Mixin:
    def describe(self):
        return "mixin " + str(self)
class Combined(Mixin, ValueError):
    pass
try:
    int("x")
except ValueError as v:
    print(type(v).__name__)
try:
    raise Combined("combo")
except ValueError as c:
    print(c.describe(), isinstance(c, Mixin))
class Weird(Exception):
    def __init__(self):
        pass
w = Weird()
print(w.args, str(w), repr(w))
w2 = Weird.__new__(Weird, "new-arg")
print(w2.args)
