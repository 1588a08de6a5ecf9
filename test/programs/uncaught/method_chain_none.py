# markers for an attribute access on the None result of a chained call
class Query:
    def filter(self, cond):
        return self if cond else None
    def first(self):
        return "row"
q = Query()
print(q.filter(True).first())
print(q.filter(False).first())
