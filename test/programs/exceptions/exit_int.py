# sys.exit with an int: the status (modulo 256).
import sys
print("exiting")
sys.exit(3)
