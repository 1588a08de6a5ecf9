# sys.exit(True) is status 1; bool is an int
import sys
print(isinstance(True, int))
sys.exit(True)
