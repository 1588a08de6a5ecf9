# Huffman compression: build a tree with heapq, encode and decode a text, compare sizes
import heapq
from collections import Counter
text = "this is an example of a huffman tree"
freq = Counter(text)
heap = [(count, i, ch) for i, (ch, count) in enumerate(sorted(freq.items()))]
heapq.heapify(heap)
uid = len(heap)
while len(heap) > 1:
    c1, _, a = heapq.heappop(heap)
    c2, _, b = heapq.heappop(heap)
    heapq.heappush(heap, (c1 + c2, uid, (a, b)))
    uid += 1
codes = {}
def walk(node, prefix=""):
    if isinstance(node, str):
        codes[node] = prefix or "0"
    else:
        walk(node[0], prefix + "0")
        walk(node[1], prefix + "1")
walk(heap[0][2])
encoded = "".join(codes[c] for c in text)
print(sorted(codes.items(), key=lambda kv: (len(kv[1]), kv[0])))
print(len(encoded), len(text) * 8, encoded[:40])
root = heap[0][2]
out, node = [], root
for bit in encoded:
    node = node[int(bit)]
    if isinstance(node, str):
        out.append(node)
        node = root
print("".join(out) == text, sum(freq[c] * len(codes[c]) for c in freq))
