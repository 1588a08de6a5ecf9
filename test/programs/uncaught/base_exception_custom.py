# an uncaught custom exception with a multi-line message and a module-qualified name
class DataError(Exception):
    pass

raise DataError("first line\nsecond line")
