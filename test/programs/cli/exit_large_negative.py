# exit statuses are taken modulo 256
import sys
print("exit 258")
raise SystemExit(258)
