# functions with the same local names at several nesting levels, parameters shadowing globals, and default args capturing outer values
value = "global"
def level1(value="param1"):
    def level2():
        value = "local2"
        def level3(value=value):
            return value
        return level3(), level3("explicit")
    def level2b():
        return value
    return level2(), level2b()
print(level1(), level1("custom"), value)
def counter(start):
    def inc(step=1, start=start):
        return start + step
    return inc
c = counter(10)
print(c(), c(5), c(start=0))
x = 1
def shadow(x=x):
    x += 1
    return x
x = 100
print(shadow(), shadow(5), x)
