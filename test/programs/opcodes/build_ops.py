# BUILD_LIST/TUPLE/SET/MAP/STRING, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, BUILD_MAP with many keys
a, b, c = 1, 2, 3
print([a, b, c], (a, b, c), {a, b, c}, {a: b, b: c}, f"{a}-{b}-{c}", [], (), {}, set())
print([1, 2, 3, 4], (1, 2, 3), {1, 2, 3}, {"x": 1, "y": 2}, frozenset({1, 2}))
lst = [0, 1]
print([*lst, a], [a, *lst, *lst], (*lst, b), {*lst, c}, {**{"k": 1}, "j": a}, {"j": a, **{"k": 2}})
print({str(i): i for i in range(3)}, dict(**{"a": 1}, **{"b": 2}))
big = {"k0": 0, "k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9, "k10": 10, "k11": 11, "k12": 12, "k13": 13, "k14": 14, "k15": 15, "k16": 16, "k17": 17, "k18": 18, "k19": 19}
print(len(big), big["k19"])
big_list = [a, b, c, a, b, c, a, b, c, a, b, c, a, b, c, a, b, c, a, b, c, a, b, c, a, b, c, a, b, c, a, b, c]
print(len(big_list), sum(big_list))
const_list = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
const_set = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}
print(const_list[-1], len(const_set), 5 in [1, 5, 9], 5 in {1, 5, 9}, "b" in ("a", "b"))
print(f"{a}{b}{c}{'x'}{a!r}{b:>3}", "plain" f"{a}" "tail")
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [*1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {*1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**{"a": 1}, **{"a": 2}}
    print("dict display merge allows duplicates")
    dict(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[]: 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1], 2}
except TypeError as e:
    print(type(e).__name__, e)
print({1: "a", 1.0: "b", True: "c"}, {1, 1.0, True}, [*{}], (*{"q": 1},))
