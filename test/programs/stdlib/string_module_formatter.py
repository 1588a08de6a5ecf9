# string.Formatter subclassing and string.Template subclassing with custom delimiters
import string
class UpperFormatter(string.Formatter):
    def format_field(self, value, spec):
        if spec == "upper":
            return str(value).upper()
        return super().format_field(value, spec)
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)
f = UpperFormatter()
print(f.format("{0:upper} {name:upper} {missing} {1:>5}", "abc", 42, name="bob"))
print(list(string.Formatter().parse("x{0}y{z!r:>3}{{lit}}")))
class Percent(string.Template):
    delimiter = "%"
t = Percent("%who owes %amount")
print(t.substitute(who="tim", amount="$5"), t.safe_substitute(who="ann"), t.get_identifiers(), t.is_valid())
try:
    string.Template("$").substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(string.Template("${a}b $$ $c").substitute({"a": 1, "c": 3}))
