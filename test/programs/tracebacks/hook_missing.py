# oracle: python3
# No sys.excepthook at all.
import sys
del sys.excepthook
raise ValueError("reported anyway")
