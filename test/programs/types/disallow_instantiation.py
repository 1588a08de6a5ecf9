# Types that cannot be instantiated: calling them and calling tp.__new__(tp) both say so (CPython's
# Py_TPFLAGS_DISALLOW_INSTANTIATION / a NULL tp_new).
import sys, types, typing, _datetime
def gen(): yield
kinds = [types.UnionType, type(sys.flags), types.CapsuleType, type(iter([])), type(iter({})), types.FrameType,
         types.GeneratorType, types.CoroutineType, types.CellType, type(sys.version_info), type({}.keys()),
         types.MethodWrapperType, types.WrapperDescriptorType, types.GetSetDescriptorType]
for tp in kinds:
    for call in (lambda: tp(), lambda: tp.__new__(tp)):
        try:
            call()
            print(tp.__name__, 'created')
        except TypeError as e:
            print(tp.__name__, e)
