# an exception raised by __enter__ of a context manager
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        if self.name.startswith("bad"):
            raise PermissionError(f"cannot open {self.name}")
        return self
    def __exit__(self, *exc):
        print("closing", self.name)

with Resource("good") as r:
    print("using", r.name)
with Resource("good2"), Resource("bad-resource"):
    print("never")
