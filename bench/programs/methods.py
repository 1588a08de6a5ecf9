# Method calls and attribute access on instances of user classes.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self


class Counter:
    def __init__(self):
        self.count = 0

    def tick(self):
        self.count += 1


def run(n):
    acc = Vector(0, 0)
    step = Vector(1, 2)
    c = Counter()
    total = 0
    for i in range(n):
        acc = acc.add(step)
        total += acc.dot(step) % 7
        c.tick()
        if i % 1000 == 0:
            acc.scale(0)
    return total, c.count, acc.x, acc.y

print(run(500000))
