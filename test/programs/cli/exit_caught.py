# SystemExit can be caught; finally blocks run; exit() and quit() builtins
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args, repr(e))
try:
    exit(6)
except SystemExit as e:
    print("exit() raised", e.code)
try:
    quit("q")
except SystemExit as e:
    print("quit() raised", repr(e.code))
print(repr(exit), repr(quit))
def nested():
    try:
        sys.exit(7)
    finally:
        print("finally runs during SystemExit")
try:
    nested()
except SystemExit as e:
    print("code", e.code)
try:
    try:
        sys.exit(8)
    except Exception:
        print("not caught by except Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__)
print(issubclass(SystemExit, Exception))
sys.exit(0)
