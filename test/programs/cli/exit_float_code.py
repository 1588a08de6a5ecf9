# SystemExit with a non-int, non-None code (a float) prints it and exits 1
import sys
sys.exit(2.5)
