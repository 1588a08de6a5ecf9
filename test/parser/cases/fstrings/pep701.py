f"{'a' + "b"}"
f"{f"{f"{x}"}"}"
f"{x:{'>'}10}"
f"{
    x
    +
    y
}"
f"""{
    x  # comment
}"""
f"{x!r:{y}}"
f"{'\n'.join(a)}"
f"{x:\n}"
rf"{x:\n}"
