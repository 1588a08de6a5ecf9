# int.to_bytes of long values, both byte orders, signed and unsigned, round trips through from_bytes;
# 4 MiB (random.randbytes) in linear time.
import random
random.seed(5)
for n in (17, 18, 33, 100, 1000):
    for signed in (False, True):
        for order in ('little', 'big'):
            x = random.getrandbits(n * 8 - 1) * random.choice((1, -1) if signed else (1,))
            b = x.to_bytes(n, order, signed=signed)
            assert int.from_bytes(b, order, signed=signed) == x
            print(n, signed, order, b[:4].hex(), b[-4:].hex())
print((5).to_bytes(40, 'big').hex(), (-5).to_bytes(20, 'little', signed=True).hex(), (2**200).to_bytes(26, 'little').hex())
print(len(random.randbytes(4 * 1024 * 1024)), int.from_bytes((2**(8 * 2**20) - 1).to_bytes(2**20, 'big')) == 2**(8 * 2**20) - 1)
