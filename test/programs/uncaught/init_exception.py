# an exception raised inside __init__ during object creation
class Config:
    def __init__(self, path):
        self.path = path
        self.parts = path.split("/")
        self.depth = len(self.parts) // (len(self.parts) - 1)

print(Config("a/b").depth)
Config("no-slash")
