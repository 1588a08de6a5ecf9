# hashlib digests, hmac, base64, binascii, zlib (deterministic outputs)
import hashlib, hmac, base64, binascii, zlib
for name in ["md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b"]:
    print(name, hashlib.new(name, b"hello world").hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
h.update(b"world")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), h.digest_size, h.block_size, h.name)
print(hmac.new(b"key", b"message", "sha256").hexdigest(), hmac.compare_digest(b"a", b"a"))
print(base64.b64encode(b"any carnal pleasure."), base64.b64decode("YW55IGNhcm5hbCBwbGVhc3VyZS4="), base64.urlsafe_b64encode(b"\xff\xfe\xfd"), base64.b32encode(b"abc"), base64.b16encode(b"\x01\xab"), base64.a85encode(b"hi"))
print(binascii.hexlify(b"\x00\xff"), binascii.unhexlify("00ff"), binascii.crc32(b"hello"), zlib.crc32(b"hello"), zlib.adler32(b"hello"), binascii.b2a_base64(b"x"))
comp = zlib.compress(b"aaaaaaaaaabbbbbbbbbb" * 10)
print(len(comp) < 200, zlib.decompress(comp)[:12])
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print(type(e).__name__, e)
try:
    hashlib.new("nope")
except ValueError as e:
    print(type(e).__name__, e)
