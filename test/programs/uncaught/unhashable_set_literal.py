# an uncaught TypeError from putting a list into a set display
a = [1, 2]
b = (1, 2)
print({b})
print({a, b})
