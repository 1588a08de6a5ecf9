# oracle: python3
# hashlib.pbkdf2_hmac (CPython takes it from OpenSSL's _hashlib, which the Emscripten oracle lacks;
# the expected values come from the machine's CPython 3.11 with OpenSSL). An unknown hash name is
# left out: 3.11 reports OpenSSL's message, 3.14 its own.
import hashlib

for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'sha3_512', 'blake2b', 'blake2s', 'SHA256'):
    for iterations in (1, 2, 10, 1000):
        print(name, iterations, hashlib.pbkdf2_hmac(name, b'password', b'salt', iterations).hex())
print(hashlib.pbkdf2_hmac('sha256', b'p' * 200, b's' * 100, 5, 100).hex())
print(hashlib.pbkdf2_hmac('sha1', bytearray(b'pw'), memoryview(b'NaCl'), 3, dklen=1).hex())
print(hashlib.pbkdf2_hmac(hash_name='sha512', password=b'', salt=b'', iterations=1, dklen=None).hex())
for args in (('sha256', b'p', b's', 0), ('sha256', b'p', b's', 1, 0),
             ('sha256', 'p', b's', 1), ('sha256', b'p', 's', 1), (1, b'p', b's', 1), ('sha256', b'p', b's', 1.5),
             ('sha256', b'p', b's', 2**31), ('sha256', b'p', b's', 1, 2**31), ('sha256', b'p', b's', -5)):
    try:
        print(hashlib.pbkdf2_hmac(*args).hex())
    except Exception as e:
        print(type(e).__name__, e)
