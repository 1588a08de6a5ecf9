# a SyntaxError raised by compile() and left uncaught
source = "def broken(:\n    pass\n"
print("compiling")
compile(source, "<generated>", "exec")
