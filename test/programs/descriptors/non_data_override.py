# overriding methods per instance (non-data descriptors) vs properties (data descriptors); __dict__ precedence table
class Widget:
    def render(self):
        return "class render"
    @property
    def size(self):
        return "class size"
    color = "class color"
w = Widget()
w.render = lambda: "instance render"
w.color = "instance color"
try:
    w.size = "instance size"
except AttributeError as e:
    print(type(e).__name__, e)
w.__dict__["size"] = "sneaked into __dict__"
print(w.render(), w.color, w.size, Widget.render(w), w.__dict__["size"])
del w.render
print(w.render(), sorted(w.__dict__))
