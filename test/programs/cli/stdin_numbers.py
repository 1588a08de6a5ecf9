# stdin: 5
# stdin: 3 1 4 1 5
# stdin: 2
# stdin: 10 20
# stdin: 30 40
# reading structured numeric input with input() and sys.stdin.readline()
import sys
n = int(input())
nums = [int(x) for x in input().split()]
assert len(nums) == n
rows = int(sys.stdin.readline())
matrix = [list(map(int, sys.stdin.readline().split())) for _ in range(rows)]
print(sorted(nums), sum(nums), max(nums))
print(matrix, [sum(r) for r in matrix], [sum(c) for c in zip(*matrix)])
print(repr(sys.stdin.readline()))
