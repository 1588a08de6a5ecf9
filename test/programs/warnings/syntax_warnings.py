# SyntaxWarnings of the tokenizer and compiler, and the SyntaxError they become under "error".
import warnings

compile("s = '\\d'", "<snippet>", "exec")
compile("x = 1 is 1", "<snippet2>", "exec")
compile("def f():\n    try:\n        pass\n    finally:\n        return 1\n", "finally.py", "exec")
compile("[1 2]" if False else "f = (1, 2)(3)", "<callable>", "exec")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("y = '\\q'", "<rec>", "exec")
    compile("y = 'a' is 'b'", "<rec2>", "exec")
print([(w.category.__name__, str(w.message), w.filename, w.lineno) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in ["z = '\\d'", "z = 1 is 1", "z = (1)(2)"]:
        try:
            compile(src, "<err>", "exec")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))

exec("v = '\\w'")
eval("'\\e'")
print("end")
