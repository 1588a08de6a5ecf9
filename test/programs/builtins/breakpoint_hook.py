# breakpoint() calls sys.breakpointhook; replacing the hook makes it deterministic
import sys
calls = []
def hook(*args, **kwargs):
    calls.append((args, kwargs))
    return "hook result"
sys.breakpointhook = hook
print(breakpoint(), breakpoint(1, k=2), calls)
sys.breakpointhook = sys.__breakpointhook__
print(sys.breakpointhook is sys.__breakpointhook__)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(type(e).__name__, e)
sys.breakpointhook = sys.__breakpointhook__
