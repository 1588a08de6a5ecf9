# evaluation order and call counts for augmented assignment on subscripts and attributes (target evaluated once)
log = []
class Box:
    def __init__(self):
        self.data = {"k": 1}
        self._v = 10
    def __getitem__(self, k):
        log.append(f"getitem {k}")
        return self.data[k]
    def __setitem__(self, k, v):
        log.append(f"setitem {k}={v}")
        self.data[k] = v
    @property
    def v(self):
        log.append("get v")
        return self._v
    @v.setter
    def v(self, val):
        log.append(f"set v={val}")
        self._v = val
def key():
    log.append("key()")
    return "k"
def box():
    log.append("box()")
    return b
b = Box()
box()[key()] += 5
box().v *= 2
print(log, b.data, b._v)
