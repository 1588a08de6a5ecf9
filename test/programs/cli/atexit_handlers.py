# oracle: python3
# atexit handlers run at interpreter exit, in reverse registration order, even after sys.exit
import atexit, sys
def bye(name):
    print("atexit:", name)
atexit.register(bye, "first registered")
atexit.register(bye, "second registered")
@atexit.register
def decorated():
    print("atexit: decorated")
def unregistered():
    print("never")
atexit.register(unregistered)
atexit.unregister(unregistered)
print("main body done")
sys.exit(9)
