# Which mutations during iteration CPython reports, and how
def attempt(label, fn):
    try:
        print(label, fn())
    except RuntimeError as e:
        print(label, type(e).__name__, e)

def add_during():
    d = {'a': 1, 'b': 2}
    for k in d:
        d[k + 'x'] = 1
attempt('add', add_during)

def del_during():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]
attempt('del', del_during)

def replace_during():
    d = {'a': 1, 'b': 2}
    seen = []
    for k in d:
        seen.append(k)
        del d[k]
        d[k + 'y'] = 1
    return seen, d
attempt('replace2', replace_during)

def replace_n(n):
    def f():
        d = {i: i for i in range(n)}
        seen = []
        for k in d:
            seen.append(k)
            del d[k]
            d[k + 100] = 1
        return seen, list(d)
    return f
for n in [1, 2, 3, 4, 5, 6, 8, 10, 12, 20]:
    attempt('replace%d' % n, replace_n(n))

def values_change():
    d = {'a': 1, 'b': 2}
    out = []
    for v in d.values():
        out.append(v)
        d['a'] = 10
    return out, d
attempt('values', values_change)

def items_pop_add():
    d = dict.fromkeys(range(7))
    out = []
    for k, v in d.items():
        out.append(k)
        d.pop(k)
        d[-k] = v
    return out, list(d)
attempt('items', items_pop_add)

def sticky():
    d = {1: 1}
    it = iter(d)
    d[2] = 2
    res = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            res.append(str(e))
    return res
attempt('sticky', sticky)

def keys_view_size():
    d = {1: 1, 2: 2}
    it = iter(d.keys())
    next(it)
    d.popitem()
    return list(it)
attempt('view', keys_view_size)

def reversed_mutation():
    d = {1: 1, 2: 2, 3: 3}
    out = []
    for k in reversed(d):
        out.append(k)
        d[k] = 0
    it = reversed(d)
    next(it)
    del d[1]
    try:
        next(it)
    except RuntimeError as e:
        out.append(str(e))
    return out
attempt('reversed', reversed_mutation)

def popitem_reinsert():
    d = dict.fromkeys('abcdef')
    seen = []
    for k in d:
        seen.append(k)
        d.pop('f', None)
        d['f'] = 1
        if len(seen) > 10:
            break
    return seen
attempt('popitem', popitem_reinsert)

def length_hints():
    d = {1: 1, 2: 2, 3: 3}
    it = iter(d.items())
    a = it.__length_hint__()
    next(it)
    b = it.__length_hint__()
    d[4] = 4
    c = it.__length_hint__()
    return a, b, c
attempt('hints', length_hints)

def copy_with_holes():
    d = {i: i for i in range(10)}
    for i in range(0, 10, 3):
        del d[i]
    c = d.copy()
    out = []
    for k in c:
        out.append(k)
        del c[k]
        c[k * 10] = 0
    return out
attempt('copyholes', copy_with_holes)

def str_keys_then_int():
    d = {'a': 1, 'b': 2, 'c': 3}
    out = []
    for k in d:
        out.append(k)
        del d[k]
        d[len(out)] = 0
    return out, d
attempt('str-int', str_keys_then_int)

def clear_during():
    d = {1: 1, 2: 2}
    for k in d:
        d.clear()
        d[5] = 5
        d[6] = 6
attempt('clear', clear_during)
