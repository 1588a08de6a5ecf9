x = b"ab\xZZ"
