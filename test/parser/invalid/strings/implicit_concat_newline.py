x = "a"
    "b"
