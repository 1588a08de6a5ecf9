# f-string syntax errors reported by compile() (3.12+ PEG f-strings)
cases = [
    'f"{}"',
    'f"{ }"',
    'f"{x!}"',
    'f"{x!z}"',
    'f"{x=!}"',
    'f"{"',
    'f"}"',
    'f"{x:{y:{z}}}"',
    'f"{lambda x: 1}"',
    'f"{x;y}"',
    'f"{!r}"',
    'f"{=}"',
    'f"{x!r=}"',
    'f"{yield}"',
    'f"{*a}"',
    'f"{a:=1}"',
    'f"{(a:=1)}"',
    "f'{a!r:{b!r}}'",
    'f"{x:{{}}}"',
    'f"{\\n}"',
]
for src in cases:
    try:
        compile(src, "<fstring>", "eval")
        print(f"{src:24} compiled")
    except SyntaxError as e:
        print(f"{src:24} SyntaxError: {e.msg} (col {e.offset})")
a = 1
print(f"{a:=^7}", f"{(a:=5)}", a)
