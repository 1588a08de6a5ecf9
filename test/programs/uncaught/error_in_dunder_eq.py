# an uncaught exception raised from __eq__ during a list membership test
class Picky:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, Picky):
            raise TypeError(f"cannot compare Picky with {type(other).__name__}")
        return self.v == other.v
items = [Picky(1), Picky(2)]
print(Picky(2) in items)
print(3 in items)
