# string algorithms: KMP search, Z-function, longest palindrome, edit script, rolling hash
def kmp_table(p):
    t = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = t[k - 1]
        if p[i] == p[k]:
            k += 1
        t[i] = k
    return t
def kmp_search(s, p):
    t, k, out = kmp_table(p), 0, []
    for i, ch in enumerate(s):
        while k and ch != p[k]:
            k = t[k - 1]
        if ch == p[k]:
            k += 1
        if k == len(p):
            out.append(i - k + 1)
            k = t[k - 1]
    return out
print(kmp_table("abacabab"), kmp_search("abababcabababab", "abab"), kmp_search("aaaa", "aa"))
def z_function(s):
    z = [0] * len(s)
    l = r = 0
    for i in range(1, len(s)):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < len(s) and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    return z
print(z_function("aabxaab"))
def longest_palindrome(s):
    best = ""
    for c in range(len(s)):
        for l, r in ((c, c), (c, c + 1)):
            while l >= 0 and r < len(s) and s[l] == s[r]:
                l -= 1
                r += 1
            if r - l - 1 > len(best):
                best = s[l + 1:r]
    return best
print(longest_palindrome("forgeeksskeegfor"), longest_palindrome("abacdfgdcaba"), repr(longest_palindrome("")))
def rolling_hash_find(s, p, base=257, mod=10 ** 9 + 7):
    n, m = len(s), len(p)
    if m > n:
        return []
    hp = hs = 0
    power = pow(base, m - 1, mod)
    for i in range(m):
        hp = (hp * base + ord(p[i])) % mod
        hs = (hs * base + ord(s[i])) % mod
    out = []
    for i in range(n - m + 1):
        if hs == hp and s[i:i + m] == p:
            out.append(i)
        if i + m < n:
            hs = ((hs - ord(s[i]) * power) * base + ord(s[i + m])) % mod
    return out
print(rolling_hash_find("the cat sat on the mat", "at"), rolling_hash_find("ééé", "éé"))
