# an exception from a dict comprehension inside a function called from a method
class Report:
    def __init__(self, rows):
        self.rows = rows
    def ratios(self):
        return compute({r["name"]: (r["hit"], r["total"]) for r in self.rows})

def compute(data):
    return {k: h / t for k, (h, t) in data.items()}

print(Report([{"name": "a", "hit": 1, "total": 2}]).ratios())
Report([{"name": "a", "hit": 1, "total": 2}, {"name": "b", "hit": 0, "total": 0}]).ratios()
