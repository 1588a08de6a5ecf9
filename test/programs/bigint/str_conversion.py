# int <-> str conversion of big values in every base and format
n = 123456789012345678901234567890
print(str(n), repr(n), f"{n:>40}", f"{n:040}", f"{n:+,}", f"{-n:_}", f"{n:.3e}", f"{n:g}", f"{n:%}"[:12])
for base in [2, 3, 7, 8, 16, 36]:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    v, out = n, ""
    while v:
        v, r = divmod(v, base)
        out = digits[r] + out
    print(base, out, int(out, base) == n)
print(int("   -00012345678901234567890   "), int("+0b" + "1" * 80, 0), int("0o" + "7" * 30, 0), int("٠١٢٣٤٥٦٧٨٩" * 3))
print(int(str(2 ** 4000)) == 2 ** 4000, len(str(2 ** 4000)), str(2 ** 4000)[:20], str(2 ** 4000)[-20:])
print(format(2 ** 70, "b")[:10], format(2 ** 70, "#o"), format(-(16 ** 20), "X"), format(10 ** 25, ","), format(10 ** 25, "_d"))
