# bit manipulation puzzles: subsets via bitmasks, gray codes, single number, power of two checks, bit reversal
items = ["a", "b", "c"]
print([[items[i] for i in range(3) if mask >> i & 1] for mask in range(8)])
def single_number(nums):
    r = 0
    for n in nums:
        r ^= n
    return r
print(single_number([4, 1, 2, 1, 2]), single_number([7]))
print([n for n in range(70) if n and n & (n - 1) == 0], (1 << 100) & ((1 << 100) - 1) == 0)
def reverse_bits(n, width=8):
    r = 0
    for _ in range(width):
        r = (r << 1) | (n & 1)
        n >>= 1
    return r
print([format(reverse_bits(n), "08b") for n in (1, 6, 255, 0b10110000)])
def count_bits(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([count_bits(n) for n in (0, 1, 7, 255, 2 ** 64 - 1)], [n.bit_count() for n in (0, 1, 7, 255, 2 ** 64 - 1)])
def next_permutation_of_bits(v):
    t = v | (v - 1)
    return (t + 1) | (((~t & -~t) - 1) >> ((v & -v).bit_length()))
v = 0b0111
seq = []
for _ in range(6):
    seq.append(format(v, "06b"))
    v = next_permutation_of_bits(v)
print(seq)
