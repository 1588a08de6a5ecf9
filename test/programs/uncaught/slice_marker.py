# markers for a failing slice subscript on a non-sliceable object
def window(seq, start, size):
    return seq[start:start + size]

print(window([1, 2, 3, 4], 1, 2))
window(12345, 1, 2)
