# NOP placement and line numbers: f_lineno inside multi-line statements, pass statements, and docstring-only functions
import sys
def where():
    return sys._getframe(1).f_lineno
def multi():
    x = (1 +
         where())
    pass
    y = [
        where(),
        where(),
    ]
    return x, y
print(multi())
def only_doc():
    "just a docstring"
def only_pass():
    pass
def only_ellipsis():
    ...
print(only_doc(), only_pass(), only_ellipsis(), only_doc.__doc__, only_pass.__doc__)
print([l for _, _, l in only_pass.__code__.co_lines()][:3])
