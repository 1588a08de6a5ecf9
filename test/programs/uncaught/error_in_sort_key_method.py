# an uncaught exception from a bound method used as a sort key
class Ranker:
    def __init__(self, weights):
        self.weights = weights
    def score(self, name):
        return self.weights[name]
r = Ranker({"a": 2, "b": 1})
print(sorted(["a", "b"], key=r.score))
print(sorted(["a", "b", "c"], key=r.score))
