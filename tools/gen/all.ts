// Imports every golden source so that goldens.ts and regen.ts see them all.
import './ast.ts';
import './tokens.ts';
import './parser-stdlib.ts';
import './opcodes.ts';
import './compiler-symtable.ts';
import './unicode.ts';
import './tokenizer.ts';
import './unicode-goldens.ts';
import './cli.ts';
import './parser-invalid.ts';
import './compiler-codegen.ts';
import './compiler-stdlib.ts';
import './parser-fuzz.ts';
import './parser-cases.ts';
import './marshal-stdlib.ts';
import './dis-cli.ts';
import './compiler-compile.ts';
