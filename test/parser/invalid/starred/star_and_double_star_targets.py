*a, **b = c
