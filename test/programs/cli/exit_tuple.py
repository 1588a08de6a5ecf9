# SystemExit with several args: code is the args tuple, printed to stderr
raise SystemExit(2, "two args")
