# an exception raised while executing a class body and a method
class Settings:
    defaults = {"a": 1}
    def method(self):
        return self.defaults["b"]
    size = len(defaults)
    computed = defaults["a"] / (size - 1)
