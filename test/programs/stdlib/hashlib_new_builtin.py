# oracle: python3
# (the oracle has no _hashlib; pyts's makes the builtin md5, sha1 and sha2 objects, OpenSSL's in CPython;
# only calls 3.11 takes too: data= and string= are 3.14's)
import _hashlib, hashlib
for args, kw in [(('md5', b'abc'), {}), (('sha256', b'x'), {}), (('sha1', b'y'), {}), (('md5',), {'usedforsecurity': True}), (('sha512', b'a'), {'usedforsecurity': False}), (('sha224',), {})]:
    h = _hashlib.new(*args, **kw)
    print(h.name, h.digest_size, h.block_size, h.hexdigest()[:16])
print(hashlib.new('md5', b'abc').hexdigest(), hashlib.md5(usedforsecurity=False).name)
print(all(isinstance(k, str) is False for k in _hashlib._constructors), {'md5', 'sha256'} <= set(_hashlib._constructors.values()))
print(type(_hashlib._constructors).__name__)
