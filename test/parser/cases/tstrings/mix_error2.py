x = "a" t"b"
