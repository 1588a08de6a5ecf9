# try/except/finally inside loops with break/continue/return and nested loops; else clauses
def process(items):
    log = []
    for i, item in enumerate(items):
        try:
            if item is None:
                continue
            if item == "stop":
                break
            value = 10 // item
        except ZeroDivisionError:
            log.append(f"{i}: div by zero")
            continue
        except TypeError as e:
            log.append(f"{i}: type error")
            if i > 3:
                return log
        else:
            log.append(f"{i}: ok {value}")
        finally:
            log.append(f"{i}: finally")
    else:
        log.append("loop completed")
    return log
print(process([1, 0, None, 5]))
print(process([2, "stop", 3]))
print(process([1, "x", 2, 3, "y"]))
def retry(attempts):
    for n in range(attempts):
        try:
            if n < 2:
                raise ConnectionError(f"attempt {n} failed")
            return f"succeeded on attempt {n}"
        except ConnectionError as e:
            print("  ", e)
    return "gave up"
print(retry(5), retry(2))
def while_with_finally():
    i = 0
    out = []
    while i < 5:
        try:
            i += 1
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f")
    return out
print(while_with_finally())
