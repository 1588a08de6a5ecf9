# stdin: first
# stdin: second
# stdin: third
# iterating sys.stdin line by line, then input() at EOF
import sys
for i, line in enumerate(sys.stdin):
    print(i, repr(line))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
print(sys.stdin.isatty(), sys.stdin.readable(), repr(sys.stdin.read()))
