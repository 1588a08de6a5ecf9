# an exception raised inside a property getter accessed in an f-string
class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin
    @property
    def celsius(self):
        if self.kelvin < 0:
            raise ValueError(f"invalid temperature {self.kelvin}K")
        return self.kelvin - 273.15

print(f"{Temperature(300).celsius:.2f}")
print(f"{Temperature(-5).celsius:.2f}")
