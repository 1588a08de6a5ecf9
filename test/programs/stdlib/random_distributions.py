# seeded random: choices with weights, sample from ranges and sets-converted lists, shuffle stability, randrange edge cases
import random
r = random.Random(31337)
print(r.choices("abc", weights=[10, 1, 1], k=10), r.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=5))
print(r.sample(range(10 ** 9), 3), r.sample(sorted({"x", "y", "z"}), 2), r.randrange(10), r.randrange(5, 10), r.randrange(0, 100, 7), r.randrange(-5, 5))
deck = [f"{v}{s}" for s in "SH" for v in "A23"]
r.shuffle(deck)
print(deck)
print([round(r.gauss(10, 2), 6) for _ in range(3)], [round(r.lognormvariate(0, 1), 6) for _ in range(2)], round(r.vonmisesvariate(0, 1), 6))
print([round(r.paretovariate(2), 6), round(r.weibullvariate(1, 2), 6), round(r.gammavariate(2, 2), 6)])
for bad in [lambda: r.randrange(0), lambda: r.randrange(5, 5), lambda: r.choice([]), lambda: r.sample([1, 2], 3), lambda: r.randint(5, 1)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
r2 = random.Random()
r2.seed(31337)
print(r2.random() == random.Random(31337).random(), random.Random(5).getrandbits(100), random.Random(-7).random())
