# an uncaught exception with a long multi-line message and a note
lines = [f"line {i}: " + "x" * 20 for i in range(4)]
err = ValueError("\n".join(lines))
err.add_note("note: " + "y" * 30)
raise err
