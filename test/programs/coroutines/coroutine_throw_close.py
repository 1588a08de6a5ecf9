# throw() and close() on coroutines suspended in nested awaits; cr_await chain
class Wait:
    def __await__(self):
        try:
            yield "waiting"
        except KeyError as e:
            print("  Wait.__await__ saw", repr(e))
            raise
        return "woke"
async def inner():
    try:
        return await Wait()
    finally:
        print("  inner finally")
async def outer():
    try:
        return await inner()
    except KeyError as e:
        return f"outer handled {e!r}"
c = outer()
print(c.send(None))
print(type(c.cr_await).__name__, type(c.cr_await.cr_await).__name__ if hasattr(c.cr_await, "cr_await") else "")
try:
    c.throw(KeyError("boom"))
except StopIteration as e:
    print(e.value)
c2 = outer()
c2.send(None)
c2.close()
print("closed; frame:", c2.cr_frame)
c3 = outer()
c3.send(None)
try:
    c3.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated", repr(e))
async def never_started():
    print("never printed")
n = never_started()
n.close()
try:
    n.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
