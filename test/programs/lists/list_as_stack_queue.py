# lists used as stacks and queues, in-place algorithms, aliasing pitfalls and identity
stack = []
for tok in "3 4 + 2 * 7 -".split():
    if tok.isdigit():
        stack.append(int(tok))
    else:
        b, a = stack.pop(), stack.pop()
        stack.append({"+": a + b, "-": a - b, "*": a * b}[tok])
print(stack)
q = [1, 2, 3]
q.append(4)
print(q.pop(0), q.pop(0), q)
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = 1
print(grid)
alias = grid[0]
alias.append("shared")
print(grid[0], len(grid[0]))
def rotate(nums, k):
    k %= len(nums)
    nums[:] = nums[-k:] + nums[:-k]
n = [1, 2, 3, 4, 5]
rotate(n, 2)
print(n)
def dedupe_keep_order(seq):
    seen = set()
    return [x for x in seq if not (x in seen or seen.add(x))]
print(dedupe_keep_order([3, 1, 3, 2, 1, 4]))
m = [5, 1, 4]
m2 = m
m = m + [0]
m2.sort()
print(m, m2)
data = list(range(10))
del data[2:8:2]
data[::3] = ["x"] * len(data[::3])
print(data, data.index("x", 1), data.count("x"))
print([[1, 2], [3]] * 2, sum([[1], [2], [3]], []), list(map(list, zip([1, 2], [3, 4]))))
