# a bare raise inside an except block re-raises with the original traceback
def parse(x):
    return int(x)

def safe_parse(x):
    try:
        return parse(x)
    except ValueError:
        print("logging failure for", repr(x))
        raise

print(safe_parse("12"))
safe_parse("twelve")
