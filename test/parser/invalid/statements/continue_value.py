while x:
    continue 1
