# try/except/else/finally flow
def run(x):
    log = []
    try:
        log.append("try")
        if x == 1:
            raise ValueError("one")
        if x == 2:
            raise KeyError("two")
        if x == 3:
            return log + ["return in try"]
    except ValueError as e:
        log.append("except ValueError " + str(e))
    except (KeyError, IndexError) as e:
        log.append("except tuple " + repr(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for i in range(4):
    print(i, run(i))

def finally_overrides():
    try:
        return "try"
    finally:
        print("finally runs before return")

print(finally_overrides())

def nested():
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            print("wrong handler")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)

nested()

def reraise():
    try:
        raise IndexError("original")
    except IndexError:
        print("handling, then re-raising")
        raise

try:
    reraise()
except IndexError as e:
    print("re-raised:", repr(e))

def bare_except():
    try:
        1 / 0
    except:
        return "bare except caught"

print(bare_except())

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")

try:
    raise ValueError("a", 2)
except ValueError as e:
    print(repr(e), e.args, str(e))

def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out

print(loop_control())

try:
    raise Exception("base")
except ArithmeticError:
    print("no")
except Exception as e:
    print("generic", e)

try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("x")
    except 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
