# sys.argv, __name__ == "__main__", sys.flags basics, and the main module
import sys
print(len(sys.argv), sys.argv[0].endswith("argv_and_flags.py"))
print(__name__, __name__ == "__main__")
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), sys.flags.hash_randomization in (0, 1))
main = sys.modules["__main__"]
print(main.__name__, hasattr(main, "__file__"), main.__spec__)
if __name__ == "__main__":
    print("running as a script")
print(sys.version_info[:2], sys.version_info.major, sys.implementation.name in ("cpython", "pyts"))
