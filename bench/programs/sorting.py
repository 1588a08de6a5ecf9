# Sorting: key functions, tuples, reverse, sorted() of records.
class Rec:
    __slots__ = ('name', 'age', 'score')
    def __init__(self, name, age, score):
        self.name = name
        self.age = age
        self.score = score


def run():
    seed = 12345
    nums = []
    for _ in range(200000):
        seed = (seed * 1103515245 + 12345) % 2147483648
        nums.append(seed % 100000)
    a = sorted(nums)
    b = sorted(nums, key=lambda v: (v % 100, v), reverse=True)
    recs = [Rec('n%d' % (v % 977), v % 90, v % 1000) for v in nums[:60000]]
    recs.sort(key=lambda r: r.score)
    recs.sort(key=lambda r: r.age)
    words = [str(v) for v in nums[:60000]]
    words.sort()
    return a[:5], b[:5], [(r.age, r.score) for r in recs[:5]], words[:5]

print(run())
