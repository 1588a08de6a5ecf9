# interleaving print with explicit flush and sys.stdout.write; end/sep combinations
import sys
print("a", end="")
print("b", end="", flush=True)
sys.stdout.write("c")
print()
print("x", "y", sep="", end="\n\n")
print(*[], sep="-")
print("", end="")
print("last line without newline", end="")
