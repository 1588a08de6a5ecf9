# STORE_ATTR / STORE_SUBSCR / DELETE_SUBSCR / DELETE_ATTR chained targets and evaluation order of assignment targets
log = []
class T:
    def __setattr__(self, k, v):
        log.append(f"setattr {k}={v}")
        super().__setattr__(k, v)
    def __setitem__(self, k, v):
        log.append(f"setitem {k}={v}")
    def __delitem__(self, k):
        log.append(f"delitem {k}")
def idx(i):
    log.append(f"index {i}")
    return i
def val(v):
    log.append(f"value {v}")
    return v
t = T()
t.a = t.b = val(1)
t[idx(0)] = val(2)
t[idx(1)], t[idx(2)] = val(3), val(4)
del t[idx(5)]
x = [0, 0]
x[idx(0)] = x[idx(1)] = val(9)
print(log, x)
class Node:
    pass
n = Node()
n.child = Node()
n.child.value = 5
n.child.value += 1
print(n.child.value)
del n.child.value
print(hasattr(n.child, "value"))
d = {"a": {"b": {}}}
d["a"]["b"]["c"] = 1
print(d)
