# Builtin (static) types that define no constructor directly under object (iterators, views, generators,
# descriptors) cannot be called: "cannot create 'X' instances".
import array, typing, types


async def coro():
    pass


def gen():
    yield 1


async def agen():
    yield 1


c = coro()
samples = {
    'str_ascii_iterator': iter('abc'), 'str_iterator': iter('\U0001f680'), 'list_iterator': iter([]),
    'tuple_iterator': iter(()), 'range_iterator': iter(range(3)), 'set_iterator': iter(set()),
    'bytes_iterator': iter(b''), 'bytearray_iterator': iter(bytearray()), 'list_reverseiterator': reversed([]),
    'dict_keyiterator': iter({}), 'dict_valueiterator': iter({}.values()), 'dict_itemiterator': iter({}.items()),
    'dict_keys': {}.keys(), 'dict_values': {}.values(), 'dict_items': {}.items(),
    'callable_iterator': iter(lambda: 1, 2), 'generator': gen(), 'coroutine': c, 'async_generator': agen(),
    'builtin_function_or_method': len, 'method_descriptor': str.join, 'wrapper_descriptor': object.__init__,
    'method-wrapper': (1).__add__, 'getset_descriptor': types.FunctionType.__dict__['__name__'],
    'array_iterator': iter(array.array('b')),
}
c.close()
for name, obj in samples.items():
    t = type(obj)
    try:
        t()
        print(name, 'created')
    except TypeError as e:
        print(name, e)
for t in (typing.Generic,):
    try:
        t()
        print(t.__name__, 'created')
    except TypeError as e:
        print(t.__name__, e)
