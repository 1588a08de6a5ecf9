for x in *a, *b: pass
x = **y
