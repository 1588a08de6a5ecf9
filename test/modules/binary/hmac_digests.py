# hmac over every named digest (through _hmac), over constructors (hmac's own code), hmac.digest,
# compare_digest, and hashlib.new.
import hmac, hashlib, _hmac

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384',
         'sha3_512', 'blake2b', 'blake2s']
for name in names:
    for key in (b'', b'key', b'k' * 64, b'k' * 65, b'k' * 200):
        h = hmac.new(key, b'The quick brown fox', name)
        c = h.copy()
        c.update(b'!')
        print(name, len(key), h.hexdigest()[:24], c.hexdigest()[:24], h.name, h.digest_size, h.block_size,
              hmac.digest(key, b'The quick brown fox', name) == h.digest())
    print(name, hmac.new(b'key', b'msg', getattr(hashlib, name)).hexdigest()[:24], hmac.new(b'key', digestmod=name).name)
print(hmac.new(b'key', b'msg', hashlib.sha256).name, hmac.new(b'key', b'msg', 'SHA256').name)
print(repr(hmac.new(b'k', b'm', 'sha256')._hmac).split(' @')[0], type(hmac.new(b'k', b'm', 'sha256')._hmac))
print(_hmac.compute_digest(b'k', b'm', 'sha2_256').hex()[:16], _hmac.compute_sha256(b'k', b'm').hex()[:16],
      _hmac.compute_md5(b'k', b'm').hex(), _hmac.compute_blake2b_32(b'k', b'm').hex()[:16])
for bad in ('nope', 7):
    try:
        _hmac.new(b'k', b'm', bad)
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    hmac.new(b'k', b'm')
except TypeError as e:
    print(e)
try:
    hmac.new('k', b'm', 'md5')
except TypeError as e:
    print(e)
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('abc', 'abc'),
      hmac.compare_digest(b'abc', bytearray(b'abc')), hmac.compare_digest(b'a', b'ab'))
for a, b in (('a', b'a'), (1, 2), ('\xe9', '\xe9'), (b'a', 'a')):
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print(e)

print(sorted(hashlib.algorithms_guaranteed) == sorted(hashlib.algorithms_available))
for name in ('md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b'):
    print(name, hashlib.new(name, b'hello').hexdigest()[:16], getattr(hashlib, name)(b'hello').hexdigest()[:16],
          hashlib.new(name.upper() if name in ('md5', 'sha1', 'sha256') else name).name)
print(hashlib.sha256.__module__, hashlib.md5.__name__, type(hashlib.new('sha256')).__name__)
try:
    hashlib.new('nope')
except ValueError as e:
    print(type(e).__name__, e)
print(hashlib.file_digest(__import__('io').BytesIO(b'file data'), 'sha256').hexdigest()[:16])
