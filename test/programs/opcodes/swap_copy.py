# SWAP / COPY / rotations in multiple assignment, augmented subscripts and chained comparisons
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
a, b, c, d = "abcd"
d, c, b, a = a, b, c, d
print(a, b, c, d)
l = [1, 2, 3]
l[0], l[2] = l[2], l[0]
print(l)
x = {"k": [1]}
x["k"][0] += 10
print(x)
class O:
    v = 1
o = O()
o.v += 1
o.v *= 3
print(o.v)
m = [[1, 2], [3, 4]]
m[1][0] **= 2
print(m)
i = 0
arr = [5, 6, 7]
arr[i] += arr[i + 1]
print(arr)
def f():
    print("  f called")
    return 2
print(1 < f() < 3)
y = z = w = []
y.append(1)
print(z, w, y is w)
p, q = q_val, p_val = 1, 2
print(p, q, q_val, p_val)
