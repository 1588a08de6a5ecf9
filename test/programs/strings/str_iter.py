# Iterators of str, bytes and bytearray: laziness, __length_hint__, __reduce__, __setstate__.
for src in ['abc', 'a\U0001f600b\xe9', '', b'xyz', bytearray(b'pq')]:
    it = iter(src)
    out = [type(it).__name__, it.__length_hint__(), it.__reduce__()[1:]]
    out.append(next(it, None))
    out += [it.__length_hint__(), it.__reduce__()[1:]]
    out.append(list(it))
    out += [it.__length_hint__(), it.__reduce__()[1:], next(it, 'end')]
    print(repr(src), out)
    for n in (-5, 0, 2, 99):
        it = iter(src)
        it.__setstate__(n)
        print('  setstate', n, list(it), it.__reduce__()[1:])
    print('  builtin', iter(src).__reduce__()[0] is iter)
s = 'ab\U0001f600cd'
it = iter(s)
next(it); next(it); next(it)
print(it.__reduce__()[1:], list(it))
ba = bytearray(b'ab')
it = iter(ba)
print(next(it))
ba.extend(b'cd')
print(list(it))
ba.append(1)
print(list(it), it.__length_hint__())
it = iter(bytearray(b'xy'))
it.__setstate__(1)
print(list(it))
for bad in ('x', 1.5, None):
    for src in ('abc', b'abc', bytearray(b'abc')):
        try:
            iter(src).__setstate__(bad)
        except Exception as e:
            print(type(src).__name__, type(e).__name__, e)
print([c for c in 'h\xe9\u20ac\U0001f600'], [b for b in b'\x00\xff'], list(memoryview(b'mv')))
print(type(iter('\xe9')).__name__, type(iter('a')).__name__, type(iter(b'')).__name__, type(iter(memoryview(b''))).__name__)
it = iter('xy')
print(iter(it) is it, list(zip(it, 'ab')))
