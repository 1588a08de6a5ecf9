# textual processing of bytes: splitting lines, decoding with errors, bytes formatting of tables, base conversions
raw = b"id,name,score\r\n1,ann,90\r\n2,b\xf6b,85\r\n3,cat,\r\n"
lines = raw.splitlines()
print(lines)
header = lines[0].split(b",")
rows = [dict(zip(header, l.split(b","))) for l in lines[1:]]
print(rows)
decoded = [l.decode("utf-8", "replace") for l in lines]
print(decoded)
print(raw.decode("latin-1").splitlines()[2], raw.count(b","), raw.replace(b"\r\n", b"\n").decode("latin-1").count("\n"))
table = b"\n".join(b"%-4s|%6s" % (r[b"id"], r[b"score"] or b"-") for r in rows)
print(table.decode())
print(bytes(b ^ 0x20 for b in b"Hello"), b"".join(bytes([c]) for c in b"abc"[::-1]), bytes(map(lambda c: c + 1, b"HAL")))
