# repr() and str() of floats: shortest round-trip digits, positional vs exponent switch, specials.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed >> (64 - n)

vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 9999999999999998.0, 1e17,
        123456789012345678.0, 1e-4, 1e-5, 0.0001, 0.00001, 0.00012345, 1e22, 1e23, 1e-7, 5e-324, 2.2250738585072014e-308,
        2.225073858507201e-308, 1.7976931348623157e308, float('inf'), -float('inf'), float('nan'), 1.5, 100.0,
        1e100, 1.2345e-300, 9007199254740993.0, 4.35, 0.3e-3, 2.5e-5, 123.456, -987.654e10, 1e300 * 10, 2**0.5,
        3.141592653589793, 2.718281828459045, 1e-320, 4.9e-324, 6e-324, 1.0000000000000002, 0.9999999999999999]
for k in range(-30, 31):
    vals.append(float(f'1e{k}'))
    vals.append(float.fromhex(f'0x1p{k * 10}'))
for i in range(2500):
    e = rnd(11) % 2046 - 1022
    frac = rnd(52)
    x = float.fromhex(f'0x1.{frac:013x}p{e}')
    vals.append(-x if rnd(1) else x)
for i in range(200):
    vals.append(float.fromhex(f'0x0.{rnd(52):013x}p-1022'))  # subnormals
for i in range(500):
    vals.append(rnd(20) / 2 ** rnd(6))
    vals.append(float(rnd(60)))
for v in vals:
    print(repr(v), str(v), f'{v}', float(repr(v)) == v or v != v)
