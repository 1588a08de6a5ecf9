// sysconfig's build-time configuration: the module `_sysconfigdata_{abiflags}_{platform}_{multiarch}`
// (sysconfig._get_sysconfigdata_name) with one dict, build_time_vars, which get_config_var() reads.
// CPython writes it as a Python file at build time (Tools/build/..., sysconfig._generate_posix_vars)
// from its Makefile and pyconfig.h.
//
// pyts presents itself as a 64-bit Linux build (sys.implementation._multiarch is x86_64-linux-gnu), so
// the module carries the name CPython's x86_64 Linux build gives it, and the variables that describe
// pyts truthfully: the version and ABI, the C type sizes pyts's struct/array/ctypes-facing code assumes
// (those of x86_64 Linux), which optional interpreter features exist (none of debug, free threading,
// pymalloc, the test extension modules...).  Variables about compiling C (CC, CFLAGS, CONFIG_ARGS...)
// and about extension modules (EXT_SUFFIX, SOABI: _imp.extension_suffixes() is empty) are absent:
// get_config_var() answers None for them, as CPython does for a name its build does not define.
//
// Differs from CPython: a native module (in sys.builtin_module_names), not a source file in Lib.
import { PyDict } from '../objects/dict.ts';
import { defineModule } from '../objects/module-def.ts';

/** The name sysconfig imports on pyts's Linux configuration. */
export const SYSCONFIGDATA_NAME = '_sysconfigdata__linux_x86_64-linux-gnu';

const BUILD_TIME_VARS: Readonly<Record<string, string | number>> = {
  // ---- version, ABI and platform ----
  VERSION: '3.14',
  ABIFLAGS: '',
  ABI_THREAD: '',
  MACHDEP: 'linux',
  MULTIARCH: 'x86_64-linux-gnu',
  HOST_GNU_TYPE: 'x86_64-pc-linux-gnu',
  BUILD_GNU_TYPE: 'x86_64-pc-linux-gnu',
  PLATLIBDIR: 'lib',
  SHLIB_SUFFIX: '.so',
  ANDROID_API_LEVEL: 0,
  AIX_BUILDDATE: 0,
  // No support tier: pyts is not one of CPython's supported platforms (PEP 11).
  PY_SUPPORT_TIER: 0,
  // zoneinfo's default search path (configure --with-tzpath's default).
  TZPATH: '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',

  // ---- interpreter features (pyconfig.h) ----
  Py_DEBUG: 0,
  Py_TRACE_REFS: 0,
  Py_STATS: 0,
  Py_GIL_DISABLED: 0,
  Py_ENABLE_SHARED: 0,
  PY_ENABLE_SHARED: 0,
  Py_REMOTE_DEBUG: 0,
  Py_TAIL_CALL_INTERP: 0,
  // 0: the platform's default string hash (SipHash-1-3 on 64-bit, sys.hash_info.algorithm).
  Py_HASH_ALGORITHM: 0,
  PY_HAVE_PERF_TRAMPOLINE: 0,
  WITH_DOC_STRINGS: 1,
  WITH_DECIMAL_CONTEXTVAR: 1,
  WITH_PYMALLOC: 0,
  WITH_MIMALLOC: 0,
  WITH_VALGRIND: 0,
  WITH_DTRACE: 0,
  WITH_NEXT_FRAMEWORK: 0,
  // No _testcapi, _testinternalcapi... (configure --disable-test-modules).
  TEST_MODULES: 'no',
  PY_BUILTIN_HASHLIB_HASHES: '"md5,sha1,sha2,sha3,blake2"',
  // 0: configure's default digit size (30 bits on 64-bit platforms, sys.int_info.bits_per_digit).
  PYLONG_BITS_IN_DIGIT: 0,

  // ---- C types of x86_64 Linux (LP64) ----
  SIZEOF_DOUBLE: 8,
  SIZEOF_FLOAT: 4,
  SIZEOF_FPOS_T: 16,
  SIZEOF_INT: 4,
  SIZEOF_LONG: 8,
  SIZEOF_LONG_DOUBLE: 16,
  SIZEOF_LONG_LONG: 8,
  SIZEOF_OFF_T: 8,
  SIZEOF_PID_T: 4,
  SIZEOF_PTHREAD_KEY_T: 4,
  SIZEOF_PTHREAD_T: 8,
  SIZEOF_SHORT: 2,
  SIZEOF_SIZE_T: 8,
  SIZEOF_TIME_T: 8,
  SIZEOF_UINTPTR_T: 8,
  SIZEOF_VOID_P: 8,
  SIZEOF_WCHAR_T: 4,
  SIZEOF__BOOL: 1,
  ALIGNOF_LONG: 8,
  ALIGNOF_SIZE_T: 8,
  ALIGNOF_MAX_ALIGN_T: 16,
  DOUBLE_IS_LITTLE_ENDIAN_IEEE754: 1,
  DOUBLE_IS_BIG_ENDIAN_IEEE754: 0,
  DOUBLE_IS_ARM_MIXED_ENDIAN_IEEE754: 0,
  X87_DOUBLE_ROUNDING: 0,
};

export const sysconfigdataModule = defineModule({
  name: SYSCONFIGDATA_NAME,
  constants: () => {
    const vars = new PyDict();
    // Sorted by name, as CPython's generated file lists them.
    for (const k of Object.keys(BUILD_TIME_VARS).sort()) vars.setStr(k, BUILD_TIME_VARS[k]);
    return { build_time_vars: vars };
  },
});
