// The native modules pyts provides, by name (CPython: Modules/config.c's _PyImport_Inittab).
// builtins and sys are created with the interpreter; the others on first import.
import type { NativeModuleDef } from '../objects/module-def.ts';
import { codecsModule } from './_codecs.ts';
import { stringModule } from './_string.ts';

const table = new Map<string, NativeModuleDef>();

export function registerNativeModule(name: string, def: NativeModuleDef): void {
  table.set(name, def);
}

export function nativeModuleTable(): ReadonlyMap<string, NativeModuleDef> {
  return table;
}

registerNativeModule('_codecs', codecsModule);
registerNativeModule('_string', stringModule);
