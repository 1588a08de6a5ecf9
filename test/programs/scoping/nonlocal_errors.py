# compile-time scoping errors raised by compile()/exec()
cases = [
    "def f():\n    nonlocal x\n",
    "nonlocal x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f(a):\n    global a\n",
    "def f(a):\n    def g():\n        nonlocal a\n        global a\n",
    "class C:\n    nonlocal y\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f():\n    global x\n    nonlocal x\n",
    "[i for i in range(3) if (i := 1)]\n",
    "def f():\n    return [(j := 0) for j in range(3)]\n",
    "class C:\n    [(z := 1) for _ in range(2)]\n",
    "def f():\n    yield = 1\n",
    "return 5\n",
    "yield 1\n",
    "def f():\n    x = yield from\n",
    "await x\n",
    "def f():\n    async with x: pass\n",
    "break\n",
    "continue\n",
    "def f(a, a): pass\n",
    "def f(*, a, a=1): pass\n",
    "lambda a, a: 1\n",
    "f(x=1, x=2)\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(type(e).__name__ + ":", e.msg, "| line", e.lineno)
