# chr/ord over ranges of code points: ASCII table slices, surrogates, private use, the last code point
print("".join(chr(c) for c in range(32, 127)))
print([ord(c) for c in "AZaz09 ~"], [hex(ord(c)) for c in "é€😀"], chr(0x1F600) == "\U0001F600", len(chr(0xD800)), ord(max(chr(0x10FFFF), "a")))
print([chr(c).isprintable() for c in (0x7F, 0xA0, 0xAD, 0x200B, 0xE000, 0xFFFF)], [repr(chr(c)) for c in (0, 7, 27, 0x85, 0xE000)])
