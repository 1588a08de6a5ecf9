# An uncaught SystemExit whose code is a tuple: printed with str(), status 1.
raise SystemExit(1, "two args")
