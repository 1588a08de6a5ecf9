[i for i := 0 in range(3)]
