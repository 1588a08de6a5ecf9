// The native modules pyts provides, by name (CPython: Modules/config.c's _PyImport_Inittab).
// builtins and sys are created with the interpreter; the others on first import.  Each engineer
// appends the imports and registrations of their modules.
import type { NativeModuleDef } from '../objects/module-def.ts';
import { mathModule } from './math.ts';
import { cmathModule } from './cmath.ts';
import { codecsModule } from './_codecs.ts';
import { stringModule } from './_string.ts';
import { posixModule } from './posix/index.ts';
import { errnoModule } from './errno.ts';
import { timeModule } from './time.ts';
import { ioModule } from './_io/index.ts';
import { impModule } from './_imp.ts';
import { threadModule } from './_thread.ts';
import { weakrefModule } from './_weakref.ts';
import { warningsNativeModule } from './_warnings.ts';
import { signalModule } from './_signal.ts';
import { atexitModule } from './atexit.ts';
import { gcModule } from './gc.ts';
import { marshalCompatModule } from './marshal-module.ts';
import { abcModule } from './_abc.ts';
import { statModule } from './_stat.ts';
import { marshalModule } from './marshal.ts';

import { contextvarsModule } from './_contextvars.ts';
import { unicodedataModule } from './unicodedata.ts';
import { suggestionsModule } from './_suggestions.ts';
import { typingModule } from './_typing.ts';
import { typesNativeModule } from './_types.ts';
const table = new Map<string, NativeModuleDef>();

export function registerNativeModule(name: string, def: NativeModuleDef): void {
  table.set(name, def);
}

export function nativeModuleTable(): ReadonlyMap<string, NativeModuleDef> {
  return table;
}

registerNativeModule('_codecs', codecsModule);
registerNativeModule('_string', stringModule);
registerNativeModule('posix', posixModule);
registerNativeModule('errno', errnoModule);
registerNativeModule('time', timeModule);
registerNativeModule('marshal', marshalCompatModule);
registerNativeModule('_io', ioModule);
registerNativeModule('_imp', impModule);
registerNativeModule('_thread', threadModule);
registerNativeModule('_weakref', weakrefModule);
registerNativeModule('_warnings', warningsNativeModule);
registerNativeModule('_signal', signalModule);
registerNativeModule('atexit', atexitModule);
registerNativeModule('gc', gcModule);
registerNativeModule('marshal', marshalModule);
registerNativeModule('_contextvars', contextvarsModule);

registerNativeModule('math', mathModule);
registerNativeModule('cmath', cmathModule);
import { itertoolsModule } from './itertools.ts';
import { collectionsModule } from './_collections.ts';
registerNativeModule('itertools', itertoolsModule);
registerNativeModule('_collections', collectionsModule);
registerNativeModule('unicodedata', unicodedataModule);
registerNativeModule('_suggestions', suggestionsModule);
registerNativeModule('_typing', typingModule);
registerNativeModule('_types', typesNativeModule);
registerNativeModule('_abc', abcModule);
registerNativeModule('_stat', statModule);
import { astModule } from './_ast.ts';
registerNativeModule('_ast', astModule);
import { heapqModule } from './_heapq.ts';
import { bisectModule } from './_bisect.ts';
registerNativeModule('_heapq', heapqModule);
registerNativeModule('_bisect', bisectModule);
import { md5Module } from './_md5.ts';
import { sha1Module } from './_sha1.ts';
import { sha2Module } from './_sha2.ts';
import { sha3Module } from './_sha3.ts';
import { blake2Module } from './_blake2.ts';
import { hmacModule } from './_hmac.ts';
import { hashlibModule } from './_hashlib.ts';
registerNativeModule('_md5', md5Module);
registerNativeModule('_sha1', sha1Module);
registerNativeModule('_sha2', sha2Module);
registerNativeModule('_sha3', sha3Module);
registerNativeModule('_blake2', blake2Module);
registerNativeModule('_hmac', hmacModule);
registerNativeModule('_hashlib', hashlibModule);
import { binasciiModule } from './binascii.ts';
registerNativeModule('binascii', binasciiModule);
import { randomModule } from './_random.ts';
registerNativeModule('_random', randomModule);
import { zlibModule } from './zlib/index.ts';
registerNativeModule('zlib', zlibModule);
import { structModule } from './_struct/index.ts';
registerNativeModule('_struct', structModule);
import { arrayModule } from './array/index.ts';
registerNativeModule('array', arrayModule);
import { csvModule } from './_csv.ts';
registerNativeModule('_csv', csvModule);
import { sreModule } from './_sre.ts';
registerNativeModule('_sre', sreModule);
import { opcodeModule } from './_opcode.ts';
registerNativeModule('_opcode', opcodeModule);
import { tokenizeModule } from './_tokenize.ts';
registerNativeModule('_tokenize', tokenizeModule);
import { jsonModule } from './_json.ts';
registerNativeModule('_json', jsonModule);
import { operatorModule } from './_operator.ts';
registerNativeModule('_operator', operatorModule);
import { decimalModule } from './_decimal/index.ts';
registerNativeModule('_decimal', decimalModule);
import { functoolsModule } from './_functools.ts';
registerNativeModule('_functools', functoolsModule);
import { resourceModule } from './resource.ts';
registerNativeModule('resource', resourceModule);
import { sysconfigdataModule, SYSCONFIGDATA_NAME } from './_sysconfigdata.ts';
registerNativeModule(SYSCONFIGDATA_NAME, sysconfigdataModule);
import { datetimeNativeModule } from './_datetime/index.ts';
registerNativeModule('_datetime', datetimeNativeModule);
import { posixsubprocessModule } from './_posixsubprocess.ts';
registerNativeModule('_posixsubprocess', posixsubprocessModule);
import { selectModule } from './select.ts';
registerNativeModule('select', selectModule);
import { socketModule } from './_socket/index.ts';
registerNativeModule('_socket', socketModule);
import { localeModule } from './_locale.ts';
registerNativeModule('_locale', localeModule);
