# Corrupt and truncated streams, misuse of the objects, bad arguments.
import bz2
import pickle

good = bz2.compress(b'Hello, bzip2 world! ' * 3 + bytes(range(40)))
print(len(good), good.hex())


def attempt(label, data, max_length=-1):
    d = bz2.BZ2Decompressor()
    try:
        r = d.decompress(data, max_length)
        print(label, 'ok', len(r), d.eof, d.needs_input, d.unused_data[:8])
    except Exception as e:
        # (What a decompressor does after an error changed in CPython 3.14.3: not shown here.)
        print(label, type(e).__name__, e, d.eof)


attempt('empty', b'')
attempt('magic', b'BZx9' + good[4:])
attempt('level0', b'BZh0' + good[4:])
attempt('levelA', b'BZhA' + good[4:])
attempt('not bz2', b'this is not a bzip2 stream')
attempt('header only', b'BZh9')
attempt('zero block', b'BZh9' + bytes(10))
for n in (5, 10, 20, len(good) - 10, len(good) - 1):
    attempt(f'truncated {n}', good[:n])

# Every byte of the stream with one bit flipped.
for bit in (0, 3, 7):
    results = {}
    for i in range(len(good)):
        bad = bytearray(good)
        bad[i] ^= 1 << bit
        d = bz2.BZ2Decompressor()
        try:
            r = d.decompress(bytes(bad))
            key = f'ok:{len(r)}:{d.eof}:{d.needs_input}'
        except Exception as e:
            key = f'{type(e).__name__}:{e}'
        results.setdefault(key, []).append(i)
    for key, where in sorted(results.items()):
        print(bit, key, where)

# The same with max_length: errors after some output was returned.
d = bz2.BZ2Decompressor()
bad = bytearray(good)
bad[-8] ^= 0x10
try:
    print(d.decompress(bytes(bad), 10))
    print(d.decompress(b'', 10))
    print(d.decompress(b''))
except OSError as e:
    print('OSError', e)

print(bz2.decompress(good + b'\x00\x01'))
try:
    bz2.decompress(good[:-1])
except ValueError as e:
    print('ValueError', e)
try:
    bz2.decompress(b'BZh9garbage')
except OSError as e:
    print('OSError', e)

# From test_bz2: a stream that libbzip2 rejects.
data = bytes.fromhex(
    "425a6839314159265359000000000000007fffff000000000000000000000000"
    "00000000000000000000000000000000000000e0370000000000000000000000"
    "000000000000000000000000000000000000000000000000000083f3"
)
d = bz2.BZ2Decompressor()
try:
    d.decompress(data)
except OSError as e:
    print('OSError', e, d.eof)

# Compressor misuse.
c = bz2.BZ2Compressor()
c.compress(b'abc')
c.flush()
for call in (lambda: c.compress(b'x'), c.flush):
    try:
        call()
    except ValueError as e:
        print('ValueError', e)

for args, kwargs in [((0,), {}), ((10,), {}), ((-1,), {}), ((1, 2), {}), ((), {'compresslevel': 3}), (('9',), {}), ((9.0,), {}), ((2**40,), {})]:
    try:
        bz2.BZ2Compressor(*args, **kwargs)
        print(args, kwargs, 'ok')
    except Exception as e:
        print(args, kwargs, type(e).__name__, e)
for args, kwargs in [((42,), {}), ((), {'x': 1})]:
    try:
        bz2.BZ2Decompressor(*args, **kwargs)
    except TypeError as e:
        print('TypeError', e)

d = bz2.BZ2Decompressor()
for call in (lambda: d.decompress(), lambda: d.decompress('text'), lambda: d.decompress(b'', 'x'),
             lambda: d.decompress(b'', max_length=2**70), lambda: d.decompress(data=b'', max_length=3, other=1),
             lambda: bz2.BZ2Compressor().compress('text'), lambda: bz2.BZ2Compressor().compress(),
             lambda: bz2.compress(b'', 0), lambda: bz2.decompress('text')):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(d.decompress(data=b'', max_length=3), d.needs_input)

for obj in (bz2.BZ2Compressor(), bz2.BZ2Decompressor()):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            pickle.dumps(obj, proto)
        except TypeError as e:
            print(proto, 'TypeError', e)

try:
    class Sub(bz2.BZ2Decompressor):
        pass
except TypeError as e:
    print('TypeError', e)

print(bz2.BZ2Decompressor.__new__(bz2.BZ2Decompressor).decompress(b''))
d = bz2.BZ2Decompressor()
d.__init__()
print(type(d).__name__, type(d).__module__, type(d).__qualname__)
print(sorted(n for n in dir(d) if not n.startswith('__')), sorted(n for n in dir(bz2.BZ2Compressor()) if not n.startswith('__')))
print(bz2.BZ2Compressor.__text_signature__, bz2.BZ2Decompressor.__text_signature__)
print(bz2.BZ2Decompressor.decompress.__text_signature__, bz2.BZ2Compressor.compress.__text_signature__, bz2.BZ2Compressor.flush.__text_signature__)
for attr in ('eof', 'unused_data', 'needs_input'):
    try:
        setattr(d, attr, 1)
    except AttributeError as e:
        print('AttributeError', e)
import _bz2
print(sorted(n for n in dir(_bz2) if not n.startswith('__')), _bz2.__doc__)
