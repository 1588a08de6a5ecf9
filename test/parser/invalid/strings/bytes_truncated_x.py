x = b"\x4g"
