# oracle: python3
# sys values of a 64-bit build: maxsize, hash_info, hashes
import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1, -sys.maxsize - 1)
h = sys.hash_info
print(h.width, h.modulus, h.inf, h.nan, h.imag, h.algorithm, h.hash_bits, h.seed_bits, h.cutoff)
print(hash(-1), hash(2**61 - 1), hash(2**61), hash(float('inf')), hash(1.5), hash(-2.0))
class Bad:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(Bad())
except ValueError as e:
    print('ValueError', e)
class Bad2:
    def __sizeof__(self):
        return 'x'
try:
    sys.getsizeof(Bad2())
except TypeError as e:
    print('TypeError', e)
