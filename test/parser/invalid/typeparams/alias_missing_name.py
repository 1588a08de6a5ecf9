type = int
x = (
