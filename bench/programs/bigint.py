# Big integers: the digits of pi by a spigot, factorials, powers.
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f

digits = pi_digits(2000)
print(''.join(map(str, digits[:50])))
f = factorial(8000)
print(f.bit_length(), f % 1000000007)
print(pow(3, 100000, 10**40 + 7), (7 ** 2000) % 999999937)
