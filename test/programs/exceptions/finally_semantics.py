# finally blocks: return/break/continue inside finally, exceptions swallowed, order
import warnings
warnings.simplefilter("ignore")

def ret_in_finally():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallows exception"
print(ret_in_finally())

def ret_override():
    try:
        return 1
    finally:
        return 2
print(ret_override())

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(break_in_finally())

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())

def order():
    log = []
    try:
        try:
            log.append(1)
            raise ValueError
        finally:
            log.append(2)
    except ValueError:
        log.append(3)
    finally:
        log.append(4)
    return log
print(order())

def finally_sees_return_value():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(finally_sees_return_value())

def exc_info_in_finally():
    import sys
    try:
        raise ValueError("v")
    finally:
        print("in finally exc:", repr(sys.exception()))
try:
    exc_info_in_finally()
except ValueError:
    pass

def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
g = generator_finally()
print(next(g))
g.close()
print("closed")

def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_finally())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("iteration", n)
print(while_finally())
