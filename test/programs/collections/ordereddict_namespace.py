# OrderedDict as a class or exec namespace: SETUP_ANNOTATIONS and STORE_NAME go through the
# mapping protocol, so the OrderedDict's own order sees every name.
from __future__ import annotations
from collections import OrderedDict
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return OrderedDict()
class C(metaclass=Meta):
    x: int = 1
    y: str
print(C.__annotations__)
ns = OrderedDict()
exec("a: int = 1\nb: str", {}, ns)
print(list(ns), ns)
