# Exceptions raised and caught in a loop, try/finally, with-statements.
class Resource:
    def __init__(self):
        self.opened = 0
    def __enter__(self):
        self.opened += 1
        return self
    def __exit__(self, *exc):
        return False


class MyError(Exception):
    pass


def may_fail(i):
    if i % 3 == 0:
        raise MyError(i)
    if i % 3 == 1:
        raise KeyError(i)
    return i


def run(n):
    caught = 0
    finals = 0
    r = Resource()
    d = {}
    for i in range(n):
        try:
            may_fail(i)
        except MyError:
            caught += 1
        except KeyError as e:
            caught += 2
        finally:
            finals += 1
        with r:
            try:
                d[i]
            except KeyError:
                pass
    return caught, finals, r.opened

print(run(250000))
