# methods cannot see class variables without self/cls; lambdas and comprehensions in class bodies; __class__ closure
class Settings:
    scale = 10
    values = [1, 2, 3]
    scaled = [v * 2 for v in values]
    try:
        scaled_by_scale = [v * scale for v in values]
    except NameError as e:
        error = str(e)
    via_lambda = (lambda s=scale: s * 2)()
    def method(self):
        try:
            return scale
        except NameError as e:
            return "NameError: " + str(e)
    def with_self(self):
        return self.scale
    @classmethod
    def with_cls(cls):
        return cls.scale
print(Settings.scaled, getattr(Settings, "scaled_by_scale", None), getattr(Settings, "error", None), Settings.via_lambda)
print(Settings().method(), Settings().with_self(), Settings.with_cls())
