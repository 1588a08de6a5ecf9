# stdin: 3
# stdin: 10 20 30
# stdin: alpha beta
# stdin: gamma
# reading stdin: input() for the first lines, then sys.stdin for the rest
import sys
n = int(input())
nums = list(map(int, input().split()))
print(n, nums, sum(nums))
rest = sys.stdin.read()
print(repr(rest))
print(rest.split())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
