# PEP 701 f-strings: reused quotes, backslashes, comments and newlines inside replacement fields
names = ["ann", "bob"]
print(f"{", ".join(names)}", f"{"\n".join(names)}", f'{'quote'}', f"{f"{f"{1 + 1}"}"}")
d = {"key": "val"}
print(f"{d["key"]} {d['key']}", f"{'\\'.join(['a', 'b'])}", f"{'\t'.join('xy')}")
total = sum([
    1,
    2,
])
print(f"{
    total  # a comment inside the braces
    * 2
}")
print(f"{'{'} {'}'} {{}}", f"{'a' 'b'}", f"{"""triple"""}")
x = 10
print(f"{x:{'>'}{'10'}}|", f"{x!r:^{x}}|", f"{[f'{i}' for i in range(3)]}")
print(f"{'é'.encode()}", f"{'ß'.upper()}", f"{'\N{BLACK STAR}'}")
