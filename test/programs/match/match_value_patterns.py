# value patterns (dotted names), enums, constants compared with ==, and singletons compared with is
import enum
class Status(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404
class Codes:
    ERROR = 500
    names = {200: "ok"}
def describe(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "not found"
        case Codes.ERROR:
            return "server error"
        case 0 | 0.0:
            return "zero-ish"
        case None:
            return "none"
        case False:
            return "false"
        case _:
            return "unknown"
for c in [200, 404, 500, 0, 0.0, -0.0, None, False, True, 1, 200.0, Status.OK]:
    print(repr(c), describe(c))
class AlwaysEqual:
    def __eq__(self, other):
        return True
match AlwaysEqual():
    case 42:
        print("== used for literals")
match AlwaysEqual():
    case None:
        print("unexpected")
    case _:
        print("is used for None")
class Const:
    X = [1, 2]
match [1, 2]:
    case Const.X:
        print("value pattern compares lists with ==")
