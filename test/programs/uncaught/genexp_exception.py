# an exception from inside a generator expression consumed by sum()
prices = {"apple": 1.5, "pear": 2.0}
basket = ["apple", "pear", "plum"]
print(sum(prices[item] for item in basket[:2]))
print(sum(prices[item] for item in basket))
