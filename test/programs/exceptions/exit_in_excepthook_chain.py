# SystemExit raised while handling another exception: the exit wins, nothing else printed.
try:
    1 / 0
except ZeroDivisionError:
    raise SystemExit(4)
