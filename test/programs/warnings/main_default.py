# The default filters: DeprecationWarning shown in __main__, ignored elsewhere; pending ignored.
import warnings

print([(f[0], f[2].__name__, f[3]) for f in warnings.filters])
warnings.warn("deprecated in main", DeprecationWarning)
warnings.warn("pending in main", PendingDeprecationWarning)
warnings.warn("import warning", ImportWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("future", FutureWarning)
exec("import warnings\nwarnings.warn('deprecated elsewhere', DeprecationWarning)", {"__name__": "elsewhere"})
print("done")
