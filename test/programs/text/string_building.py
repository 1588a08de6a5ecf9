# building strings efficiently and correctly: join, format, io.StringIO, repeated concatenation, ljust tables
import io
parts = []
for i in range(5):
    parts.append(f"{i}:{i * i}")
print(",".join(parts))
s = ""
for ch in "abcdef":
    s += ch.upper()
    s += "-"
print(s.rstrip("-"))
buf = io.StringIO()
for row in [("name", "score"), ("alice", 93), ("bob", 7)]:
    buf.write(f"{row[0]:<8}{row[1]:>6}\n")
print(buf.getvalue(), end="")
lines = ["first", "second", "third"]
print("\n".join(f"{n:>2}. {l}" for n, l in enumerate(lines, 1)))
print("-" * 20, "=" * 0 + "|", "ab" * 3 + "c")
words = "the quick brown fox jumps over the lazy dog".split()
width = 15
line, out = "", []
for w in words:
    if len(line) + len(w) + (1 if line else 0) > width:
        out.append(line)
        line = w
    else:
        line = f"{line} {w}" if line else w
out.append(line)
print(out)
print(str(123) + str(4.5) + str(None) + str([1]) + repr("q"))
big = "".join(chr(0x41 + i % 26) for i in range(100))
print(len(big), big[:30], big[-5:], big.count("A"))
