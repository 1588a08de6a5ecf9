f"""{
x
=
}"""
f"{x # comment
=}"
