# the = specifier: preserves expression text and whitespace, combines with conversions and format specs
x, name, items = 42, "Ann", [1, 2]
print(f"{x=}", f"{x = }", f"{x=!r}", f"{x=!s}", f"{x=:>6}", f"{name=}", f"{name=!s}", f"{items[0] + items[1]=}")
print(f"{x * 2 = }", f"{name.upper()=}", f"{len(items)=:03d}", f"{'literal'=}", f"{3.14159=:.2f}")
print(f"{ x = }", f"{x    =    }")
obj = type("O", (), {"__repr__": lambda s: "O-repr", "__str__": lambda s: "O-str", "__format__": lambda s, spec: "O-format"})()
print(f"{obj=}", f"{obj=!s}", f"{obj=:spec}", f"{obj}")
