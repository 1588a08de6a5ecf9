x = 1 + yield
