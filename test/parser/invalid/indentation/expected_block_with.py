with open(f) as g:
g.read()
