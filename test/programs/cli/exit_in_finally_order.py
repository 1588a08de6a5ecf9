# exit from inside a with block: __exit__ and finally run, then status 4
import sys
class CM:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("__exit__ sees", et.__name__, ev.code)
        return False
try:
    with CM():
        print("in with")
        sys.exit(4)
finally:
    print("outer finally")
