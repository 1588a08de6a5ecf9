# bytes/bytearray searching and splitting with ints and bytes-like arguments, memoryview arguments
data = b"key1=val1;key2=val2;;key3"
print(data.split(b";"), data.split(b";", 1), data.rsplit(b";", 1), data.count(b"key"), data.find(b"val", 10), data.rfind(ord("k")))
print(data.index(memoryview(b"=")), data.startswith(bytearray(b"key")), data.endswith((b"3", b"x")), data.partition(b"="), data.rpartition(b";"))
print(bytearray(b"a b  c").split(), b" x ".strip(), b"xxhixx".strip(b"x"), b"  ".isspace(), b"\t\n".split(), b"a\r\nb".splitlines(keepends=True))
print(b"abc".replace(b"", b"-"), b"aaa".replace(b"a", b"b", 2), b"hello"[1:3] == memoryview(b"hello")[1:3].tobytes(), b"abc" == bytearray(b"abc") == memoryview(b"abc"))
print(list(b"abc".split(memoryview(b"b"))), b"a,b".split(bytearray(b",")), bytes(reversed(b"abc")), sorted(b"bca"))
table = bytes.maketrans(b"abc", b"ABC")
print(b"aabbcc".translate(table), b"abcdef".translate(None, b"ace"), bytearray(b"abc").translate(table, b"b"))
print(b"%d items at %.2f each, %s" % (3, 1.5, b"ok"), b"%(k)s" % {b"k": b"v"}, b"%x %o %c" % (255, 8, 97), b"%r" % b"x")
