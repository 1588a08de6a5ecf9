x = 1
y = 'a
