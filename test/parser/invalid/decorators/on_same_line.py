@decorator def f():
    pass
