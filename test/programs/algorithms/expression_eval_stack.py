# shunting-yard conversion to RPN and evaluation with a stack, including precedence, associativity and errors
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
RIGHT = {"^"}
def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if t.isdigit():
            out.append(t)
        elif t in PREC:
            while ops and ops[-1] in PREC and (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t not in RIGHT)):
                out.append(ops.pop())
            ops.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops and ops[-1] != "(":
                out.append(ops.pop())
            if not ops:
                raise SyntaxError("unbalanced ')'")
            ops.pop()
    while ops:
        if ops[-1] == "(":
            raise SyntaxError("unbalanced '('")
        out.append(ops.pop())
    return out
def eval_rpn(rpn):
    st = []
    for t in rpn:
        if t.isdigit():
            st.append(int(t))
        else:
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b, "^": a ** b}[t])
    return st[0]
import re
for expr in ["3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "2 ^ 3 ^ 2", "(1 + 2) * (3 + 4)", "10 - 4 - 3", "((2))", "(1 + 2", "1 + 2)"]:
    toks = re.findall(r"\d+|[-+*/^()]", expr)
    try:
        rpn = to_rpn(toks)
        print(f"{expr:32} {' '.join(rpn):28} {eval_rpn(rpn)}")
    except SyntaxError as e:
        print(f"{expr:32} SyntaxError: {e}")
