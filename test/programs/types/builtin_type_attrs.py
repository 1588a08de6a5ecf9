# attributes of builtin types: __name__, __qualname__, __module__, __doc__ first lines, __text_signature__
types_ = [int, float, complex, bool, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, memoryview, type, object, property, staticmethod, classmethod, super, enumerate, zip, map, filter, reversed]
for t in types_:
    doc = (t.__doc__ or "").splitlines()[0] if t.__doc__ else None
    print(t.__name__, t.__qualname__, t.__module__, repr(doc))
print(len.__text_signature__, abs.__text_signature__, isinstance.__text_signature__, print.__text_signature__, sorted.__text_signature__)
