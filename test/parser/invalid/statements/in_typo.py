for x im range(3):
    pass
