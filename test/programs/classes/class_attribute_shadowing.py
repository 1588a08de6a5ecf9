# class vs instance attributes: shadowing, mutation of shared class-level containers, del restoring class value
class Config:
    retries = 3
    tags = []
    def add_tag(self, t):
        self.tags.append(t)
a, b = Config(), Config()
a.retries = 5
print(a.retries, b.retries, Config.retries, "retries" in vars(a), "retries" in vars(b))
a.add_tag("x")
print(b.tags, Config.tags, a.tags is b.tags)
a.tags = ["own"]
a.add_tag("y")
print(a.tags, b.tags)
del a.retries
print(a.retries)
Config.retries = 10
print(a.retries, b.retries)
class Child(Config):
    pass
c = Child()
print(c.retries, Child.retries, "retries" in vars(Child))
Child.retries = 1
print(c.retries, Config.retries)
del Child.retries
print(c.retries)
