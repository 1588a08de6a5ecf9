# a tokenizer, recursive-descent parser and evaluator for arithmetic with variables
import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|([A-Za-z_]\w*)|(\*\*|[-+*/()=^%]))")
def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m:
            raise SyntaxError(f"bad character {src[pos]!r} at {pos}")
        num, name, op = m.groups()
        out.append(("num", float(num) if "." in num else int(num)) if num else ("name", name) if name else ("op", op))
        pos = m.end()
    return out
class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0
    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else ("eof", None)
    def take(self, kind=None, val=None):
        tok = self.peek()
        if (kind and tok[0] != kind) or (val and tok[1] != val):
            raise SyntaxError(f"expected {val or kind}, got {tok[1]!r}")
        self.i += 1
        return tok
    def statement(self):
        if self.peek()[0] == "name" and self.i + 1 < len(self.toks) and self.toks[self.i + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            return ("assign", name, self.expr())
        return self.expr()
    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            node = (self.take()[1], node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            node = (self.take()[1], node, self.factor())
        return node
    def factor(self):
        base = self.unary()
        if self.peek() in (("op", "**"), ("op", "^")):
            self.take()
            return ("**", base, self.factor())
        return base
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        tok = self.take()
        if tok[0] in ("num", "name"):
            return tok
        if tok == ("op", "("):
            e = self.expr()
            self.take("op", ")")
            return e
        raise SyntaxError(f"unexpected {tok[1]!r}")
def evaluate(node, env):
    match node:
        case ("num", v):
            return v
        case ("name", n):
            if n not in env:
                raise NameError(f"undefined variable {n!r}")
            return env[n]
        case ("assign", n, e):
            env[n] = evaluate(e, env)
            return env[n]
        case ("neg", e):
            return -evaluate(e, env)
        case (op, a, b):
            x, y = evaluate(a, env), evaluate(b, env)
            return {"+": x + y, "-": x - y, "*": x * y, "/": x / y if y else float("nan"), "%": x % y if y else 0, "**": x ** y}[op] if op != "/" or y else float("inf")
env = {}
for line in ["x = 3", "y = x * (2 + 4)", "y ** 2 - x", "-x ^ 2", "2 ** 3 ** 2", "10 / 4", "7 % 3", "z + 1", "3 +", "(1 + 2", "4 $ 4", "1.5 * 2"]:
    try:
        print(f"{line!r:>16} => {evaluate(Parser(tokenize(line)).statement(), env)!r}")
    except (SyntaxError, NameError) as e:
        print(f"{line!r:>16} => {type(e).__name__}: {e}")
print(env)
