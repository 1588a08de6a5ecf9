# Digests of every hash algorithm for inputs of 0..300 bytes (first 8 hex digits each), 1 MB,
# and data fed in pieces of every size from 1 to 130.
import _md5, _sha1, _sha2, _sha3, _blake2

CONS = [('md5', _md5.md5), ('sha1', _sha1.sha1), ('sha224', _sha2.sha224), ('sha256', _sha2.sha256),
        ('sha384', _sha2.sha384), ('sha512', _sha2.sha512), ('sha3_224', _sha3.sha3_224),
        ('sha3_256', _sha3.sha3_256), ('sha3_384', _sha3.sha3_384), ('sha3_512', _sha3.sha3_512),
        ('blake2b', _blake2.blake2b), ('blake2s', _blake2.blake2s)]

data = bytes((i * 7 + 3) % 256 for i in range(300))
for name, con in CONS:
    print(name, ' '.join(con(data[:n]).hexdigest()[:8] for n in range(301)))
for name, con in (('shake_128', _sha3.shake_128), ('shake_256', _sha3.shake_256)):
    print(name, ' '.join(con(data[:n]).hexdigest(n % 40)[:8] for n in range(301)))

big = bytes(range(256)) * 4096
for name, con in CONS:
    print(name, '1MB', con(big).hexdigest())
print('shake_128 1MB', _sha3.shake_128(big).hexdigest(500))
print('shake_256 1MB', _sha3.shake_256(big).hexdigest(33))

# Incremental updates in pieces of every size give the digest of the whole.
for name, con in CONS + [('shake_128', _sha3.shake_128)]:
    whole = con(data).digest(64) if name.startswith('shake') else con(data).digest()
    ok = True
    for step in range(1, 131):
        h = con()
        for i in range(0, len(data), step):
            h.update(data[i:i + step])
        d = h.digest(64) if name.startswith('shake') else h.digest()
        ok = ok and d == whole
    print(name, 'pieces', ok)

# copy() forks the state; digest() does not change it.
for name, con in CONS:
    h = con(b'abc')
    c = h.copy()
    c.update(b'def')
    print(name, h.hexdigest()[:16], c.hexdigest()[:16], h.hexdigest() == con(b'abc').hexdigest(),
          type(h).__name__, type(h).__module__, h.name, h.digest_size, h.block_size, type(c) is type(h))
for name in ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256'):
    h = getattr(_sha3, name)(b'x')
    print(name, h.name, h.digest_size, h.block_size, h._capacity_bits, h._rate_bits, h._suffix)
s = _sha3.shake_256(b'abc')
print(s.hexdigest(0), s.hexdigest(1), s.digest(5), len(s.digest(1000)), s.copy().hexdigest(10))
print(_md5.md5(memoryview(b'abcdef')[1:4]).hexdigest(), _md5.md5(bytearray(b'bcd')).hexdigest())
print(_sha2.sha256(data=b'abc').hexdigest()[:16], _sha2.sha256(string=b'abc').hexdigest()[:16],
      _sha2.sha256(b'abc', usedforsecurity=False).hexdigest()[:16])
print(_md5._GIL_MINSIZE, _sha3.implementation, _md5.MD5Type, _sha1.SHA1Type, _sha2.SHA512Type)
