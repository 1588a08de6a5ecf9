# SystemExit(None) and a finally clause: status 0, nothing printed.
try:
    print("body")
    raise SystemExit(None)
finally:
    print("finally runs")
