# a failing expression spanning several lines
def f(x):
    return x

result = f(
    1
) + f(
    None
) * f(
    "s"
)
print(result)
value = (
    f(2)
    +
    f("x")
)
