# format specs for float: f/e/g/%/n, precision, alternate form, z (negative zero), special values
vals = [0.0, -0.0, 1.5, -2.25, 123456.789, 1e-7, 1e22, float("inf"), float("-inf"), float("nan"), 2.5, 3.5]
specs = ["", "f", ".0f", ".2f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", "10.2f", "<10", "^12.3", "+", " .1f", "#.0f", "#g", "z.1f", ",.2f", "_.3f", "015.3f", ".0e", "#.0e", "r" if False else "n"]
for s in specs:
    row = []
    for v in vals:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append(f"ValueError: {e}")
    print(repr(s), row)
for bad in ["d", "x", "c", "s", "#b", ",x"]:
    try:
        print(repr(bad), format(1.5, bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print(f"{0.1 + 0.2}", f"{0.1 + 0.2:.17g}", f"{1/3:.50f}")
print(f"{1e16}", f"{1e15}", f"{12345678901234567890.0}", f"{1e-5}", f"{0.0001}")
print(format(1.0, ".0f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.675, ".2f"), format(-0.5, ".0f"))
print(format(3 + 4j, ""), format(3 - 4j, ".2f"), format(1j, ">10"), format(-0.0 + 0j, ""))
