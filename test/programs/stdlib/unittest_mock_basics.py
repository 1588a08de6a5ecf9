# unittest.mock (which imports asyncio, and so socket and select): Mock, MagicMock, patch, side
# effects, call assertions, spec and AsyncMock's synchronous face.
import inspect
from unittest import mock

m = mock.Mock(return_value=3)
print(m(1, k=2), m.call_args, m.call_count, m.called)
m.assert_called_once_with(1, k=2)
try:
    m.assert_called_with(2)
except AssertionError as e:
    print('assert failed:', str(e).splitlines()[0])
m.method.side_effect = [10, 20, KeyError('k')]
print(m.method(), m.method())
try:
    m.method()
except KeyError as e:
    print('side effect', repr(e))
print(m.mock_calls)

mm = mock.MagicMock()
mm.__len__.return_value = 5
mm.__getitem__.side_effect = lambda k: k * 2
print(len(mm), mm[21], type(mm.attr.child()).__name__, type(mm.attr).__name__)
print(mm.attr.child.call_args_list)

class Thing:
    def greet(self, name):
        return f'hello {name}'
    value = 7

with mock.patch.object(Thing, 'greet', return_value='patched') as p:
    print(Thing().greet('x'), p.call_args)
print(Thing().greet('x'))
with mock.patch('os.getcwd', return_value='/nowhere'):
    import os
    print(os.getcwd())
print(os.getcwd() != '/nowhere')

s = mock.create_autospec(Thing, instance=True)
s.greet('bob')
s.greet.assert_called_once_with('bob')
try:
    s.missing
except AttributeError as e:
    print('spec:', e)
try:
    s.greet()
except TypeError as e:
    print('autospec:', e)

am = mock.AsyncMock(return_value=9)
print(inspect.iscoroutinefunction(am), type(am).__name__)
co = am(1)
print(inspect.iscoroutine(co))
co.close()

sentinel = mock.sentinel.token
print(sentinel, sentinel is mock.sentinel.token, mock.ANY == 'anything')
m2 = mock.Mock()
m2(1, 2)
m2.assert_called_with(1, mock.ANY)
print(mock.call(1, a=2) == mock.call(1, a=2), repr(mock.call.foo(3)))
