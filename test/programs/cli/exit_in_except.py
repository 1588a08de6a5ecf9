# sys.exit inside an except block: the handled exception becomes __context__ but the exit status wins
import sys
try:
    {}["missing"]
except KeyError:
    print("handling KeyError, exiting with 12")
    sys.exit(12)
