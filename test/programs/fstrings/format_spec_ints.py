# format specs for int: fill, align, sign, #, 0, width, grouping, types
vals = [0, 7, -7, 255, -255, 1234567, 2 ** 64]
specs = ["", "d", "5", "<5", ">5", "^5", "*^9", "+", " ", "-", "08", "+08", "#x", "#X", "#o", "#b", "x", "o", "b", "c",
         ",", "_", "_x", "_b", ",d", "e", ".2f", "%", "n", "=+8", "0=8", "#010x", "<08"]
for s in specs:
    row = []
    for v in vals:
        try:
            row.append(format(v, s))
        except (ValueError, OverflowError) as e:
            row.append(f"{type(e).__name__}: {e}")
    print(repr(s), row)
for bad in ["z", ".2", "s", "=", ",_", "_,", "#c", "+c", ",c", "5.5d", "q"]:
    try:
        print(repr(bad), format(42, bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print(format(True, ""), format(True, "d"), format(False, "x"), f"{True:>5}")
