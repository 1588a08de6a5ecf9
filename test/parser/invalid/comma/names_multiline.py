x = [
    a
    b
]
