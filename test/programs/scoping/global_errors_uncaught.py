# an uncaught NameError from a nested function call: traceback and exit status
def outer():
    def inner():
        return missing_name + 1
    return inner()

print("before")
outer()
print("never printed")
