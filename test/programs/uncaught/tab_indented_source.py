# traceback source lines taken from a tab-indented function
def f(x):
	if x:
		return 10 / (x - x)
	return 0

print(f(0))
f(1)
