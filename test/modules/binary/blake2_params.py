# BLAKE2b and BLAKE2s with keys, salt, personalization, digest sizes and tree parameters.
from _blake2 import blake2b, blake2s

data = bytes(range(200))
for cls, maxd, maxk, maxs in ((blake2b, 64, 64, 16), (blake2s, 32, 32, 8)):
    print(cls.__name__, cls.SALT_SIZE, cls.PERSON_SIZE, cls.MAX_KEY_SIZE, cls.MAX_DIGEST_SIZE)
    print(' '.join(cls(data, digest_size=d).hexdigest()[:10] for d in range(1, maxd + 1)))
    print(' '.join(cls(data[:d], key=data[:k]).hexdigest()[:10] for k in (1, 2, maxk // 2, maxk) for d in (0, 1, 63, 64, 65, 127, 128, 129, 200)))
    print(cls(b'x', salt=bytes(range(maxs))).hexdigest(), cls(b'x', person=b'me').hexdigest())
    for kw in ({'fanout': 0}, {'fanout': 255}, {'depth': 255}, {'leaf_size': 2**32 - 1}, {'node_offset': 5},
               {'node_depth': 7}, {'inner_size': maxd}, {'last_node': True}, {'usedforsecurity': False},
               {'fanout': 2, 'depth': 2, 'leaf_size': 4096, 'node_offset': 1, 'node_depth': 0, 'inner_size': maxd // 2}):
        h = cls(b'tree', **kw)
        print(kw, h.hexdigest()[:20], h.digest_size)
    h = cls(key=b'secret', digest_size=20)
    for i in range(300):
        h.update(data[:i % 17])
    print(h.hexdigest(), h.name, h.block_size, h.digest_size, h.copy().hexdigest() == h.hexdigest())
    for kw in ({'digest_size': 0}, {'digest_size': maxd + 1}, {'key': b'k' * (maxk + 1)}, {'salt': b's' * (maxs + 1)},
               {'person': b'p' * (maxs + 1)}, {'fanout': 256}, {'fanout': -1}, {'depth': 0}, {'depth': 256},
               {'leaf_size': 2**64}, {'leaf_size': -1}, {'node_offset': 2**48}, {'node_offset': -1}, {'node_depth': 256},
               {'inner_size': maxd + 1}, {'inner_size': -1}, {'key': 'str'}, {'digest_size': 'x'}, {'digest_size': 2**40},
               {'salt': 5}):
        try:
            print(kw, cls(**kw).hexdigest()[:8])
        except Exception as e:
            print(kw, type(e).__name__, e)
