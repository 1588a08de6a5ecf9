# an uncaught NameError at module level with a "Did you mean" suggestion
counter = 10
increment = 2
print(counter + increment)
print(countr + increment)
