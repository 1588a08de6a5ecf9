# a trie with insertion, prefix search, deletion and autocomplete ordering by frequency
class Trie:
    def __init__(self):
        self.root = {}
    def insert(self, word, weight=1):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = node.get("$", 0) + weight
    def find(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return None
            node = node[ch]
        return node
    def words(self, prefix=""):
        node = self.find(prefix)
        if node is None:
            return []
        out = []
        stack = [(node, prefix)]
        while stack:
            n, p = stack.pop()
            for k, v in n.items():
                if k == "$":
                    out.append((p, v))
                else:
                    stack.append((v, p + k))
        return sorted(out, key=lambda t: (-t[1], t[0]))
    def delete(self, word):
        def rec(node, i):
            if i == len(word):
                if "$" not in node:
                    return False
                del node["$"]
                return not node
            ch = word[i]
            if ch in node and rec(node[ch], i + 1):
                del node[ch]
                return not node
            return False
        rec(self.root, 0)
t = Trie()
for w, f in [("car", 5), ("card", 2), ("care", 7), ("cat", 3), ("dog", 1), ("do", 4), ("car", 1)]:
    t.insert(w, f)
print(t.words("ca"), t.words("do"), t.words("x"), t.words("card"))
t.delete("card")
t.delete("nothing")
print(t.words("car"), t.find("card"), sorted(t.root))
