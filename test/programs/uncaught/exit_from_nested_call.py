# an exception raised several frames deep through builtins (map, sorted key)
def key(item):
    return item["rank"]

def rank_all(items):
    return sorted(items, key=key)

people = [{"rank": 2}, {"rank": 1}, {"name": "no rank"}]
print(rank_all(people[:2]))
rank_all(people)
