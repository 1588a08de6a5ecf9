# The ^^^ and ~~~ markers under the failing instruction: binary operators, subscripts, calls,
# attributes, multi-line expressions, whole lines, comments and line continuations.
import sys


def show(f):
    try:
        f()
    except BaseException as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


def binops():
    a, b = 1, 0
    x = a + b * 3 - (a // b)
    return x


def binop_spaced():
    a = {}
    b = 2
    return a    +    b


def binop_two_char():
    a, b = 2, "s"
    return a ** b


def binop_nested_parens():
    a = 1
    return ((a)) / ((0))


def binop_multiline():
    a = 1
    b = "x"
    return (
        a
        +
        b
    )


def binop_multiline_long():
    total = (
        1 +
        2 +
        3 +
        4 +
        5 +
        "six"
    )
    return total


def subscript_chain():
    d = {"a": {"b": [1, 2]}}
    return d["a"]["b"][7]


def subscript_multiline():
    d = {"a": 1}
    return d[
        "missing"
    ]


def call_chain():
    class O:
        def m(self):
            return self
        def n(self, x):
            raise ValueError(x)
    return O().m().m().n(
        42,
    )


def attribute():
    obj = None
    return obj.attr.other


def whole_line_call():
    int("nope")


def assign_call():
    x = int("nope")
    return x


def return_call():
    return int("nope")


def assign_attr_call():
    x = str.upper(5)
    return x


def with_comment():
    a, b = 1, 0
    return (a  # the numerator
            / b)


def with_backslash():
    a, b = 1, 0
    return a \
        / b


def compare():
    return 1 < "a"


def unary():
    return -"a"


def not_call():
    return not [].pop()


def in_fstring():
    x = None
    return f"{x.y}"


def aug_assign():
    x = 1
    x += "a"


def star_call():
    args = [1, 2]
    return len(*args)


def kw_call():
    return dict(**{"a": 1}, **{"a": 2})


def slice_sub():
    return None[1:2]


def deep_inline():
    return [[1]][0][0][0]


def dict_literal():
    return {[]: 1}


def lambda_body():
    f = lambda x: x / 0
    return f(1)


def chained_compare():
    return 1 < 2 < "x"


def boolean_ops():
    return 0 or None or [][0]


def conditional():
    return 1 if [][0] else 2


def tabs():
	a = 1
	return a / 0


for f in [binops, binop_spaced, binop_two_char, binop_nested_parens, binop_multiline,
          binop_multiline_long, subscript_chain, subscript_multiline, call_chain, attribute,
          whole_line_call, assign_call, return_call, assign_attr_call, with_comment,
          with_backslash, compare, unary, not_call, in_fstring, aug_assign, star_call, kw_call,
          slice_sub, deep_inline, dict_literal, lambda_body, chained_compare, boolean_ops,
          conditional, tabs]:
    show(f)
