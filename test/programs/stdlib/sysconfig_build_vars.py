# oracle: python3
# sysconfig's build-time variables (the _sysconfigdata module of a 64-bit Linux build): the ones that
# describe the platform and the interpreter's options.  The oracle is an Emscripten (32-bit) build, so
# python3 (3.11 on x86_64 Linux) answers, for the variables whose value 3.11 and 3.14 share.
import sysconfig

print(sysconfig._get_sysconfigdata_name())
for name in ['ABIFLAGS', 'MACHDEP', 'MULTIARCH', 'SHLIB_SUFFIX', 'Py_DEBUG', 'Py_TRACE_REFS',
             'WITH_DOC_STRINGS', 'WITH_DTRACE', 'WITH_VALGRIND',
             'SIZEOF_INT', 'SIZEOF_LONG', 'SIZEOF_VOID_P', 'SIZEOF_SIZE_T', 'SIZEOF_WCHAR_T',
             'SIZEOF_DOUBLE', 'SIZEOF_LONG_LONG', 'SIZEOF_SHORT', 'SIZEOF_TIME_T', 'SIZEOF__BOOL',
             'DOUBLE_IS_LITTLE_ENDIAN_IEEE754', 'X87_DOUBLE_ROUNDING',
             'NO_SUCH_VARIABLE']:
    print(name, repr(sysconfig.get_config_var(name)))
print(sysconfig.get_config_vars('SIZEOF_LONG', 'MACHDEP'))
print(sysconfig.get_platform())
print(type(sysconfig.get_config_vars()).__name__)
