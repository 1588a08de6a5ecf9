# warnings printed to stderr, filters, catch_warnings
import warnings

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1

print("default filter hides DeprecationWarning outside __main__? ->", old_api())
warnings.warn("a user warning")
warnings.warn("same user warning again")
warnings.warn("a user warning")
warnings.warn("runtime!", RuntimeWarning)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("recorded 1")
    warnings.warn("recorded 2", UserWarning)
    old_api()
print([(w.category.__name__, str(w.message)) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised:", type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored entirely")

warnings.filterwarnings("ignore", message="skip.*")
warnings.warn("skip this one")
warnings.warn("but not this one")

class MyWarning(UserWarning):
    pass
warnings.warn("custom category", MyWarning)
warnings.warn(MyWarning("instance warning"))
try:
    warnings.warn("bad category", int)
except TypeError as e:
    print(type(e).__name__, e)
print("end")
