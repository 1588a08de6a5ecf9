x = b"\N{BULLET}"
y = (
