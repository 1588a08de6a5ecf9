x = f"{a= b}"
