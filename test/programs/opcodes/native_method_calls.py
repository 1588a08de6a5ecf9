# Methods of builtin types called on their instances in hot code: str (an immutable type), list,
# dict and set, with defaults, wrong argument types and counts, subclasses and shadowing attributes.
class MyStr(str):
    def upper(self):
        return 'mine'


class MyList(list):
    pass


def str_calls(words):
    out = []
    for w in words:
        key, _, value = w.partition('=')
        out.append((key.startswith('a'), value.endswith('1'), w.find('='), w.split('='), w.strip('a'),
                    w.replace('=', ':', 1), w.count('a'), w.upper(), w.center(7, '*'), w.zfill(6)))
    return out


words = ['a=1', 'b=21', 'abc=a1', MyStr('as=1'), '=', 'a', '']
print(str_calls(words * 3)[-7:])


def str_errors(values):
    out = []
    for v in values:
        try:
            out.append(v.startswith(1))
        except TypeError as e:
            out.append(str(e))
        try:
            out.append(v.split(1))
        except TypeError as e:
            out.append(str(e))
        try:
            out.append(v.find())
        except TypeError as e:
            out.append(str(e))
        try:
            out.append(v.center(3, 'ab'))
        except TypeError as e:
            out.append(str(e))
    return out


print(str_errors(['x', 'yy', MyStr('z')] * 2)[-8:])


def container_calls(n):
    lst = []
    d = {}
    s = set()
    m = MyList()
    for i in range(n):
        lst.append(i)
        m.append(-i)
        d.setdefault(i % 3, []).append(i)
        s.add(i % 5)
        if i % 4 == 0:
            lst.pop()
        d.get(i, None)
        lst.insert(0, i) if i % 7 == 0 else None
    return len(lst), lst[:5], sorted(d), d.get(1)[:3], sorted(s), m[-3:], lst.index(0), lst.count(7)


print(container_calls(300))


def unbound(words):
    t = 0
    for w in words:
        t += len(str.upper(w)) + str.count(w, 'a')
    try:
        str.upper(5)
    except TypeError as e:
        print(e)
    try:
        list.append('x', 1)
    except TypeError as e:
        print(e)
    return t


print(unbound(['abc', 'aaa'] * 10))


def shadowed():
    class S(str):
        pass
    s = S('hello')
    s.upper = lambda: 'shadowed'
    return [S.upper(s), s.upper()]


try:
    print(shadowed())
except AttributeError as e:
    print('AttributeError', e)
