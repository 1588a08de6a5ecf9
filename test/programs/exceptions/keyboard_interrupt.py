# An uncaught KeyboardInterrupt is reported like other exceptions.
def handler():
    raise KeyboardInterrupt


handler()
