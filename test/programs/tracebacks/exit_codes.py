# An uncaught SystemExit with a message: printed to stderr, status 1.
import sys
print("before")
sys.exit("fatal: giving up")
