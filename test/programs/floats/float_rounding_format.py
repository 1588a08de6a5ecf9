# round() and format() on halfway cases: round-half-even for round(), correctly rounded decimal conversion for format
cases = [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 1.115, 0.045, 1e15 + 0.5, 2 ** 52 + 0.5]
for v in cases:
    print(repr(v), round(v), round(v, 2), f"{v:.2f}", f"{v:.0f}", f"{v:.1e}", f"{v:g}")
print(round(123.456, -1), round(125.0, -1), round(135.0, -1), round(-125.0, -1), round(1234.5, -2))
