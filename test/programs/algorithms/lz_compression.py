# a simple LZ77-style compressor/decompressor and run statistics
def compress(data, window=32):
    i, out = 0, []
    while i < len(data):
        best_len = best_off = 0
        for j in range(max(0, i - window), i):
            k = 0
            while i + k < len(data) and data[j + k] == data[i + k] and k < 15:
                k += 1
            if k > best_len:
                best_len, best_off = k, i - j
        if best_len >= 3:
            out.append((best_off, best_len))
            i += best_len
        else:
            out.append(data[i])
            i += 1
    return out
def decompress(tokens):
    out = []
    for t in tokens:
        if isinstance(t, tuple):
            off, ln = t
            for _ in range(ln):
                out.append(out[-off])
        else:
            out.append(t)
    return "".join(out)
samples = ["abracadabra abracadabra", "aaaaaaaaaaaaaaaaaaaa", "no repeats here!", "to be or not to be, that is the question; to be"]
for s in samples:
    toks = compress(s)
    refs = sum(isinstance(t, tuple) for t in toks)
    print(len(s), len(toks), refs, decompress(toks) == s, toks[:6])
