# str.join and bytes.join over exact lists and tuples, their subclasses (iterated through their own
# __iter__, as PySequence_Fast does for anything but an exact list or tuple), str subclass items,
# iterators, and the errors for items of other types.
class L(list):
    def __iter__(self):
        return iter(['x', 'y'])


class T(tuple):
    def __iter__(self):
        return iter(['p', 'q'])


class S(str):
    pass


print(','.join(['a', 'b', 'c']), ','.join(('a', 'b')), ','.join([]), ','.join(['only']), repr(''.join(['', ''])))
print(','.join(L(['a', 'b'])), ','.join(T(('a', 'b'))), ','.join(L()))
print(','.join([S('s1'), 'plain', S('s2')]), type(','.join([S('one')])).__name__, '-'.join(S('abc')))
print(','.join(x for x in 'xyz'), ','.join({'k1': 1, 'k2': 2}), ', '.join(map(str, range(5))))
for bad in (['a', 1], ['a', b'b'], [None], ('a', 'b', 2.5)):
    try:
        ','.join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ','.join(5)
except TypeError as e:
    print(type(e).__name__, e)
print(b','.join([b'a', bytearray(b'b'), memoryview(b'c')]), b''.join(T((b'1', b'2')) if False else (b'1', b'2')))
try:
    b','.join(L([b'a', b'b']))
except TypeError as e:
    print(type(e).__name__, e)
