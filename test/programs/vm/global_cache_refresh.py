# Global and builtin lookups of a hot (compiled) function stay right, and fast, while the module's
# globals change: names added and removed, a builtin shadowed by a global and the global deleted.
def count(xs):
    t = 0
    for x in xs:
        t += len(str(x)) + abs(x) + helper(x)
    return t

def helper(x):
    return x % 3

data = list(range(-50, 50))
results = []
for round_ in range(300):
    results.append(count(data))
    if round_ == 100:
        new_global_1 = 1          # a key added: builtins' cache version changes
    if round_ == 150:
        def len(s):               # a global shadowing the builtin
            return 100
    if round_ == 200:
        del len                   # the builtin again
        del new_global_1
    if round_ == 250:
        def helper(x):            # the module-level function replaced
            return -x
print(len(set(results)), results[0], results[101], results[151], results[201], results[251], results[-1])
print(sorted(k for k in globals() if not k.startswith('__')))
