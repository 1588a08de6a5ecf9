# an exception raised while evaluating an f-string replacement field
values = ["10", "20", "thirty"]
for v in values:
    print(f"doubled: {int(v) * 2}")
