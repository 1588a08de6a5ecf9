# LOAD_BUILD_CLASS / LOAD_LOCALS / LOAD_NAME in class bodies / STORE_NAME / __classcell__ / __static_attributes__
class Base:
    pass
counter = 0
def bump():
    global counter
    counter += 1
    return counter
class Sample(Base):
    "docstring"
    a = bump()
    b = a + bump()
    names = [n for n in ("a", "b")]
    def uses_class_cell(self):
        return __class__
    def sets_attrs(self):
        self.x = 1
        self.y = 2
    if a:
        conditional = True
    del names
print(Sample.a, Sample.b, Sample.conditional, hasattr(Sample, "names"), Sample().uses_class_cell() is Sample)
print(Sample.__doc__, Sample.__static_attributes__, Sample.__firstlineno__, "__classcell__" in Sample.__dict__)
def class_factory(n):
    class Dynamic:
        value = n
        def get(self):
            return self.value + n
    return Dynamic
D = class_factory(5)
print(D.value, D().get(), D.__qualname__)
class WithLocals:
    x = 1
    y = 2
    snapshot = dict(locals())
print(sorted(k for k in WithLocals.snapshot if not k.startswith("__")))
