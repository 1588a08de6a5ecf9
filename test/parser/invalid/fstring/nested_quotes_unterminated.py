x = f"{f"{a"}"
