# parse: type_comments
def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
def g(x, y):  # type: (int, int) -> int
    return x
