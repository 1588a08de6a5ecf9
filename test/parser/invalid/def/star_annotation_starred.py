def f(*a: *int, **b: *int):
    pass
