# more codecs: utf-16/32 BOM handling, errors handlers, idna, punycode, rot13, unicode_escape, incremental decoding
import codecs
print("ab".encode("utf-16"), "ab".encode("utf-16-be"), "ab".encode("utf-32-le"), b"\xff\xfea\x00".decode("utf-16"), b"\xfe\xff\x00a".decode("utf-16"))
print("😀".encode("utf-16-le"), b"=\xd8\x00\xde".decode("utf-16-le"), "😀".encode("utf-8"), len("😀".encode("utf-32")))
print("münchen.de".encode("idna"), b"xn--mnchen-3ya.de".decode("idna"), "bücher".encode("punycode"), codecs.encode("Hello", "rot13"))
print("a\tb\\é".encode("unicode_escape"), b"a\\tb\\u00e9".decode("unicode_escape"), "é\n".encode("raw_unicode_escape"), b"\\x41".decode("unicode_escape"))
dec = codecs.getincrementaldecoder("utf-8")()
parts = [b"\xe2", b"\x82", b"\xac!", b""]
print([dec.decode(p) for p in parts[:-1]], repr(dec.decode(parts[-1], final=True)))
bad = b"ok\xffok\xc3"
for errors in ["replace", "ignore", "backslashreplace", "surrogateescape"]:
    print(errors, repr(bad.decode("utf-8", errors=errors)))
print("é€".encode("latin-1", "replace"), "é€".encode("cp1252"), "é€".encode("ascii", "xmlcharrefreplace"), codecs.lookup("UTF8").name, codecs.lookup("latin1").name)
def handler(err):
    return ("<?>", err.end)
codecs.register_error("question", handler)
print("aé€b".encode("ascii", "question"), b"a\xffb".decode("ascii", "question"))
try:
    "x".encode("utf-8", "no-such-handler")
    "é".encode("ascii", "no-such-handler")
except LookupError as e:
    print(type(e).__name__, e)
print(codecs.decode(b"68656c6c6f", "hex"), codecs.encode(b"hi", "base64"), codecs.encode(b"aaaa", "zlib")[:2])
