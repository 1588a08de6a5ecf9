# a SyntaxError from exec() with a multi-character error range
code = "result = (1 +\n          2 ** )\n"
print("about to exec")
exec(code)
