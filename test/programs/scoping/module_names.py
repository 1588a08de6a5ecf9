# module-level name operations: STORE_NAME/LOAD_NAME/DELETE_NAME, builtins fallback, shadowing builtins
a = 1
b = a + 1
print(a, b)
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)

len = lambda x: "shadowed"
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))

try:
    del len
except NameError as e:
    print(type(e).__name__, e)

import builtins
print(builtins.len is len)

def uses_global_len():
    return len("abcd")

builtins_saved = builtins.len
print(uses_global_len())

try:
    print(nonexistent)
except NameError as e:
    print(type(e).__name__, e, e.name)

try:
    prnt("typo")
except NameError as e:
    print(type(e).__name__, e)

for idx in range(3):
    pass
print(idx)

while_var = 0
while while_var < 3:
    while_var += 1
print(while_var)

x, (y, z), *rest = 1, (2, 3), 4, 5
print(x, y, z, rest)
del x, y
print('x' in dir(), 'z' in dir())
print(sorted(n for n in globals() if n in ('b', 'z', 'rest', 'idx')))
print(__name__)
