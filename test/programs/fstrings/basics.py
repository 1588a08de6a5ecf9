# f-strings: expressions, conversions, nesting, debugging '=', quotes (PEP 701)
name, n = "world", 42
print(f"hello {name}!", f"{n + 1}", f"{n:5}|", f"{n:<5}|", f"{name!r}", f"{name!s}", f"{'é'!a}")
print(f"{{literal braces}}", f"{{{n}}}", f"a{'b'}c", f"{'nested ' + f'{n}'}")
items = [1, 2, 3]
print(f"{items[0]} {items[-1]} {len(items)} {items!r} {sum(items) / len(items):.2f}")
d = {"key": "value"}
print(f"{d['key']}", f"{d["key"]}", f'{d["key"]}')
print(f"{n=}", f"{n = }", f"{name=!s}", f"{n=:08.3f}", f"{items[1]=}", f"{1 + 1=}")
print(f"{n:{'>'}{10}}", f"{3.14159:{'.'}{3}}", f"{n:{'x'}}", f"{'s':{'^'}{9}}")
width, prec = 10, 3
print(f"[{3.14159:{width}.{prec}f}]", f"[{'abc':>{width}}]")
print(f"{'multi' 
      'line'}")
print(f"""triple {
    n * 2
}""")
print(f"{(lambda x: x * 2)(21)}", f"{[x for x in range(3)]}", f"{ {1: 2}[1] }")
print(f"{n if n > 40 else 0}", f"{n:#x}", f"{n:#o}", f"{n:b}", f"{-n:+}", f"{n:,}", f"{10**6:_}")
obj = type("O", (), {"__format__": lambda self, spec: f"<{spec}>", "__repr__": lambda self: "O()"})()
print(f"{obj}", f"{obj:spec}", f"{obj!r}", f"{obj!r:>6}")
print(f"{'\n'.join(['a', 'b'])}")
print(f"{'\\'}", f"\{n}" if False else "skip", f"{n}\t|", rf"\d{n}", fr"{n}\n")
x = 5
print(f"{x:>{x}}", f"{x!r:^{x + 2}}", f"{f'{x}':>3}")
print(f"{'nested'!r:>{12}}", f"{f'{f'{x}'}'}")
print(F"upper F {x}", f"{x}" f" implicit" " concat", "plain" f"{x}")
print(f"{x:}", f"{'':}", repr(f""), f"{None}", f"{True!r}")
