x = f"a\d{y}"
