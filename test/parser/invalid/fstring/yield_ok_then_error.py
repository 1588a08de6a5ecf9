def g():
    x = f"{yield}"
    y = f"{"
