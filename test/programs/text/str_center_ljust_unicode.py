# padding methods count code points, not display width; fill characters outside the BMP; zfill with signs and unicode
for s in ["a", "é", "e\u0301", "日本", "😀", ""]:
    print(repr(s), repr(s.center(6, "*")), repr(s.ljust(4, "😀")), repr(s.rjust(3, "·")), len(s))
print("-1".zfill(5), "+".zfill(3), "٣".zfill(3), "abc".zfill(0), "-".zfill(2))
