global (a)
