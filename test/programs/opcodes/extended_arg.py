# EXTENDED_ARG: functions with more than 256 constants, names and locals, and long jumps
src_lines = ["def big():"]
for i in range(300):
    src_lines.append(f"    v{i} = {i} * 1000 + {i}")
src_lines.append("    return " + " + ".join(f"v{i}" for i in range(0, 300, 7)))
ns = {}
exec("\n".join(src_lines), ns)
print(ns["big"](), ns["big"].__code__.co_nlocals)
consts = ", ".join(repr(f"s{i}") for i in range(400))
exec(f"def many_consts():\n    return [{consts}]", ns)
r = ns["many_consts"]()
print(len(r), r[0], r[299], r[-1])
names = "\n".join(f"g{i} = {i}" for i in range(300))
exec(names, ns)
print(ns["g0"], ns["g299"], sum(ns[f"g{i}"] for i in range(300)))
body = "\n".join(f"        acc += {i}" for i in range(400))
exec(f"def long_loop(n):\n    acc = 0\n    for _ in range(n):\n{body}\n    return acc", ns)
print(ns["long_loop"](3))
cond = "\n".join(f"    elif x == {i}:\n        return {i * i}" for i in range(1, 200))
exec(f"def chain(x):\n    if x == 0:\n        return 0\n{cond}\n    else:\n        return -1", ns)
print([ns["chain"](v) for v in (0, 1, 100, 199, 500)])
def lots_of_args(*a):
    return len(a), a[-1]
print(lots_of_args(*range(300)))
print(eval("[" + ",".join(str(i) for i in range(1000)) + "]")[-1], eval("{" + ",".join(f"{i}: {i}" for i in range(300)) + "}")[299])
