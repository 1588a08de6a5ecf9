# print(): sep, end, file, flush, and argument errors
import sys, io
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep="--", end="!\n")
print(1, 2.5, None, [1], sep=", ")
print("no newline", end="")
print(" continued")
print(*range(5))
print(*"abc", sep="|")
print("to stderr", file=sys.stderr)
buf = io.StringIO()
print("into buffer", 42, file=buf, sep=":")
print(repr(buf.getvalue()))
print("flush", flush=True)
print("sep None", "end None", sep=None, end=None)
print("file None", file=None)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("x", "y", file=w)
print(w.parts)
for c in [lambda: print(sep=5), lambda: print(end=1), lambda: print(file=5), lambda: print(bogus=1), lambda: print("a", file=object())]:
    try:
        c()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class S:
    def __str__(self):
        return "S.__str__"
print(S(), "é", "\t|")
sys.stdout.write("direct write\n")
print(sys.stdout.write("count me\n"))
