# ~ on a bool: still the int inversion in 3.14, with a DeprecationWarning.
print(~True, ~False)
x = True
print(~x)
