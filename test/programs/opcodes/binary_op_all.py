# BINARY_OP: every operator and its in-place form on ints, floats and custom objects recording the dunder used
import operator
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
class Rec:
    def __init__(self):
        self.log = []
for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]:
    def make(n, kind):
        def f(self, o=None, *rest):
            self.log.append(f"{kind}{n}")
            return self
        return f
    setattr(Rec, f"__{name}__", make(name, ""))
    setattr(Rec, f"__r{name}__", make(name, "r"))
    setattr(Rec, f"__i{name}__", make(name, "i"))
r = Rec()
for op in ops:
    exec(f"r {op} 1")
    exec(f"1 {op} r")
    exec(f"t = r\nt {op}= 1")
print(r.log)
a, b = 17, 5
print([eval(f"a {op} b") for op in ops if op != "@"])
fa, fb = 17.5, 2.5
print([eval(f"fa {op} fb") for op in ["+", "-", "*", "/", "//", "%", "**"]])
