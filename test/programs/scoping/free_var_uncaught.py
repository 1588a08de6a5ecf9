# an uncaught NameError for a free variable deleted in the enclosing scope
def outer():
    value = 1
    def read():
        return value * 2
    print(read())
    del value
    return read()

outer()
