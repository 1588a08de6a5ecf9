# sys.exit() and sys.exit(None): status 0
import sys
print("clean exit")
sys.exit(None)
