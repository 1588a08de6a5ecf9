# Seeded random slice assignments and deletions on bytearray (all steps), and memoryview slicing.
state = 31337
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n
def ri():
    return [None, -9, -3, -1, 0, 1, 2, 4, 7, 20][rnd(10)]
checksum = 0
for i in range(3000):
    ba = bytearray(b'abcdefghij'[:rnd(11)])
    a, b, c = ri(), ri(), [None, 1, 2, 3, -1, -2, -3][rnd(7)]
    src = [b'', b'X', b'XY', b'XYZ', bytearray(b'PQRS'), [1, 2, 3], memoryview(b'mv')][rnd(7)]
    op = rnd(4)
    try:
        if op == 0:
            ba[a:b:c] = src
        elif op == 1:
            del ba[a:b:c]
        elif op == 2:
            m = memoryview(ba)
            sub = m[a:b:c]
            r = (sub.tolist(), sub.tobytes(), len(sub), sub.strides, sub.c_contiguous, bytes(sub[::-1]))
            if len(sub) and rnd(2):
                sub[0] = 33
            sub.release()
            m.release()
            ba = (ba, r)
        else:
            ba[a:b] = src
        r = ba
    except Exception as e:
        r = (type(e).__name__, str(e), ba)
    line = repr((i, op, a, b, c, type(src).__name__, r))
    if i % 40 == 0:
        print(line)
    for ch in line:
        checksum = (checksum * 31 + ord(ch)) % 1000000007
    if i % 500 == 499:
        print('checksum', i, checksum)
