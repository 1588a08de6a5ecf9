# a report generator: dataclasses, sorting with multiple keys, grouping, formatted tables, totals with Decimal
from dataclasses import dataclass
from decimal import Decimal, ROUND_HALF_UP
from itertools import groupby
from operator import attrgetter
@dataclass(frozen=True)
class Item:
    sku: str
    category: str
    qty: int
    price: Decimal
    @property
    def value(self):
        return (self.price * self.qty).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
items = [
    Item("A-100", "tools", 12, Decimal("9.99")),
    Item("B-200", "garden", 3, Decimal("24.50")),
    Item("A-101", "tools", 0, Decimal("4.25")),
    Item("C-300", "kitchen", 7, Decimal("3.333")),
    Item("B-201", "garden", 15, Decimal("1.10")),
]
items.sort(key=attrgetter("category", "sku"))
print(f"{'SKU':<8}{'CAT':<10}{'QTY':>5}{'PRICE':>9}{'VALUE':>10}")
for cat, group in groupby(items, key=attrgetter("category")):
    group = list(group)
    for it in group:
        print(f"{it.sku:<8}{it.category:<10}{it.qty:>5}{it.price:>9}{it.value:>10}")
    subtotal = sum((it.value for it in group), Decimal(0))
    print(f"{'':<23}{'subtotal ' + cat:>14}{subtotal:>9}")
total = sum((it.value for it in items), Decimal(0))
print(f"{'TOTAL':>37}{total:>9}", f"out of stock: {[it.sku for it in items if not it.qty]}")
print(max(items, key=attrgetter("value")).sku, sorted(items, key=lambda i: (-i.qty, i.sku))[0].sku, Item("A-100", "tools", 12, Decimal("9.99")) in items)
