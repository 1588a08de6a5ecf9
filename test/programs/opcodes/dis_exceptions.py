# dis output with exception tables (try/except/finally, with)
import dis
def guarded(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        return None
    finally:
        x = 0
def managed(cm):
    with cm as v:
        return v
dis.dis(guarded)
print("-" * 20)
dis.dis(managed)
print(guarded.__code__.co_exceptiontable.hex())
print(managed.__code__.co_exceptiontable.hex())
