# nested and computed format specs, __format__ receiving computed specs, alignment with wide chars
class Show:
    def __format__(self, spec):
        return f"[{spec}]"
w, p, align, fill = 12, 3, "^", "*"
print(f"{3.14159265:{fill}{align}{w}.{p}f}", f"{Show():{fill}{align}{w}}", f"{Show():{w}.{p}}")
for width in (1, 5, 10):
    print(f"|{'text':>{width}}|{42:<{width}}|{1.5:^{width}.1f}|")
specs = ["", ">8", "<8", "^8", "08.2f", "+.3e", ",", "_x", "#b", ".0%"]
for spec in specs:
    try:
        print(repr(spec), f"{1234.5678:{spec}}")
    except ValueError as e:
        print(repr(spec), "ValueError", e)
print(f"{'日本':>6}|", f"{'日本':*<6}|", f"{'😀':^5}|", f"{'a':\u3000>4}|")
print(f"{12:{'d'}}", f"{12:{''}}", f"{'s':{''}}")
