# bytearray: construction, mutation, in-place operators, buffer exports, iteration.
def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
    else:
        print(expr, '->', repr(r))

show("bytearray(), bytearray(3), bytearray(b'ab'), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(range(3)), bytearray(memoryview(b'm'))")
show("bytearray('x')")
show("bytearray([256])")
show("bytearray(['a'])")
show("bytearray(1.5)")
show("bytearray(-1)")
show("bytearray(b'x', 'ascii')")
show("bytearray(None)")
show("bytearray(iter([1, 2, 3]))")
show("bytearray('abc', 'ascii', 'strict', 1)")
b = bytearray(b'abcdef')
b[0] = 65
b[-1] = 70
print(b)
for stmt in ["b[1] = 256", "b[1] = -1", "b[1] = 'x'", "b[1] = b'x'", "b[10] = 1", "b['a'] = 1", "b[1.0] = 1", "del b[10]",
             "b[1:3] = b'XYZ'", "b[1:1] = [48, 49]", "b[::2] = b'123'", "b[::2] = b'12'", "b[::-1] = b'abcdefg'", "del b[::2]",
             "b[2:4] = 5", "b[0:1] = 'x'", "b[0:1] = [1, 'a']", "b[0:1] = [300]", "b[0:1] = object()", "b[:] = b", "b[5:2] = b'ins'",
             "b[1:3] = memoryview(b'mv')", "b[1:3] = bytearray(b'')", "del b[:2]", "del b[-1]", "del b[::-3]", "b[:] = range(3)",
             "b[len(b):] = b'end'", "b[::-1] = b[:]"]:
    try:
        exec(stmt)
        print(stmt, '->', b)
    except Exception as e:
        print(stmt, '!!', type(e).__name__, e, b)
b = bytearray(b'abc')
for stmt in ["b.append(100)", "b.append(256)", "b.append('x')", "b.append(b'x')", "b.extend(b'ef')", "b.extend([103, 104])", "b.extend('ij')",
             "b.extend(1)", "b.extend([1, 'x'])", "b.extend(iter([105]))", "b.extend(b)", "b.insert(0, 48)", "b.insert(-1, 49)", "b.insert(100, 50)",
             "b.insert(-100, 51)", "b.insert(0, 999)", "b.insert('0', 1)", "print(b.pop())", "print(b.pop(0))", "print(b.pop(-2))",
             "b.pop(100)", "b.remove(98)", "b.remove(120)", "b.remove(999)", "b.reverse()", "b += b'+='", "b += [1]", "b += 'x'",
             "b *= 2", "b *= 0", "b += memoryview(b'mv')", "b.resize(6)", "b.resize(2)", "b.resize(-1)", "print(b.copy(), b.copy() is b)",
             "b.clear()", "b.pop()", "b.extend(bytearray(b'new'))", "print(b * 2, b + b'!', 2 * b)", "b + 'x'", "print(b'x' + b)"]:
    try:
        exec(stmt)
        print(stmt, '->', b)
    except Exception as e:
        print(stmt, '!!', type(e).__name__, e, b)
show("bytearray(b'abc') == b'abc', bytearray(b'a') < b'b', bytearray(b'a') == 'a', bytearray(b'ab') == memoryview(b'ab')")
show("hash(bytearray())")
show("bytearray(b'x') < 'y'")
show("bytearray(b'abc')[1], bytearray(b'abc')[1:], bytearray(b'abc')[::-1], bytearray(b'abc')[-1]")
show("bytearray(b'abc')[3]")
show("bytearray(b'abc')['x']")
b = bytearray(b'abc')
it = iter(b)
print(next(it))
b.append(100)
print(list(it))
show("type(iter(bytearray())).__name__")
b = bytearray(b'hello')
m = memoryview(b)
for stmt in ["b.append(1)", "b.extend(b'x')", "b.pop()", "b.remove(104)", "b.clear()", "b += b'x'", "del b[0]", "b[0:1] = b''", "b[0:1] = b'XY'",
             "b[0:1] = b'J'", "b[0] = 74", "b.resize(10)", "b *= 1", "b *= 2", "b.reverse()", "b.insert(0, 1)"]:
    try:
        exec(stmt)
        print(stmt, '->', b)
    except Exception as e:
        print(stmt, '!!', type(e).__name__, e, b)
print(m.tobytes(), bytes(m))
m.release()
b.append(33)
print(b)
with memoryview(b) as m2:
    try:
        b.append(1)
    except BufferError as e:
        print('BufferError', e)
b.append(34)
print(b)
class SBA(bytearray):
    pass
s = SBA(b'xy')
show("s, type(s).__name__, s + b'z', type(s + b'z').__name__, s.upper(), type(s.upper()).__name__, s.copy(), type(s.copy()).__name__")
show("bytearray(b'ab').__reduce__(), bytearray(b'ab').__reduce_ex__(2), bytearray(b'ab').__reduce_ex__(3)")
show("s.__reduce__()")
show("sorted(bytearray.__dict__)")
show("bytearray(b'\\x00\\xff\"\\'')")
show("bytearray(b'%s %d') % (b'x', 3)")
