# number theory: sieve, factorization, gcd/lcm, modular inverse, Collatz, perfect numbers, big Fibonacci
def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(is_p[i * i::i]))
    return [i for i, v in enumerate(is_p) if v]
primes = sieve(200)
print(len(primes), primes[:15], primes[-3:])
def factorize(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
print([factorize(n) for n in (1, 12, 97, 360, 2 ** 31 - 1, 600851475143)])
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print(egcd(240, 46), pow(17, -1, 3120), (17 * pow(17, -1, 3120)) % 3120)
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 3000), key=collatz_len), collatz_len(27))
print([n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n])
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a, len(str(a)), a % 1000000007)
def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in (2 ** 61 - 1, 2 ** 89 - 1, 2 ** 67 - 1, 10 ** 18 + 9) if is_probable_prime(n)])
