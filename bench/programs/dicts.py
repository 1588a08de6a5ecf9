# Dict work: counting, lookups with str and int keys, iteration over items.
def run():
    words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa']
    counts = {}
    for i in range(1000000):
        w = words[(i * 7) % 10]
        counts[w] = counts.get(w, 0) + 1
    squares = {}
    for i in range(400000):
        squares[i] = i * i
    total = 0
    for k, v in squares.items():
        if k in counts or v % 3 == 0:
            total += 1
    inverse = {v: k for k, v in counts.items()}
    for i in range(200000):
        del squares[i * 2]
    return sorted(counts.items()), total, len(inverse), len(squares)

print(run())
