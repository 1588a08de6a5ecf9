# set algebra laws on ints and frozensets; sets of frozensets; subset chains; set comprehensions with conditions
A, B, C = {1, 2, 3, 4}, {3, 4, 5}, {4, 5, 6}
print(A | B == B | A, A & (B | C) == (A & B) | (A & C), A - (B | C) == (A - B) & (A - C), A ^ B == (A - B) | (B - A))
print(sorted(A | B | C), sorted(A & B & C), sorted((A | B) - C), sorted(A ^ B ^ C))
fam = {frozenset({1, 2}), frozenset({2}), frozenset(), frozenset({1, 2})}
print(len(fam), sorted(map(sorted, fam)), frozenset() in fam)
chain = [set(range(i)) for i in range(5)]
print(all(chain[i] < chain[i + 1] for i in range(4)), chain[2] <= chain[2], chain[3] > chain[1], chain[0].issubset(chain[4]))
print({x % 5 for x in range(100) if x % 3 == 0}, {(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
s = set()
s |= {1}
s.update(range(2, 5), [10])
s.difference_update({2}, [3])
s.intersection_update(range(0, 20, 2) , {4, 10, 11})
print(sorted(s))
print(set("abc") == {"c", "b", "a"}, frozenset("ab") == set("ba"), {1, 2} < frozenset({1, 2, 3}), type({1} | frozenset({2})).__name__, type(frozenset({2}) | {1}).__name__)
