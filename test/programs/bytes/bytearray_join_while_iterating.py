# bytearray.join keeps the bytearray exported while it consumes the iterable, so an iterable that tries
# to resize it gets BufferError; after the join it can be resized again.
array = bytearray(b',')


def clearing():
    array.clear()
    yield b'A'
    yield b'B'


def appending():
    yield b'A'
    array.extend(b'!')
    yield b'B'


def reading():
    yield bytes(array)
    yield b'B'


for gen in (clearing, appending, reading):
    try:
        print(gen.__name__, array.join(gen()))
    except BufferError as e:
        print(gen.__name__, 'BufferError:', e)
array.clear()
print(array, bytearray(b'-').join([b'x', bytearray(b'y'), memoryview(b'z')]), b'+'.join(iter([b'p', b'q'])))
