# The _suggestions module traceback.py uses for "Did you mean".
import _suggestions
print(_suggestions._generate_suggestions(["apple","banana","appel"], "appl"))
print(_suggestions._generate_suggestions([], "x"))
try:
    _suggestions._generate_suggestions(("a",), "a")
except TypeError as e: print(e)
try:
    _suggestions._generate_suggestions([1], "a")
except TypeError as e: print(e)
