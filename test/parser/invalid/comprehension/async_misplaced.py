x = [a async x for a in b]
