// Golden: how CPython 3.14.2 reads source bytes, in both of its modes, for inputs about encodings,
// BOMs, null bytes and newlines: the error (class, msg, lineno, offset, end_lineno, end_offset,
// text) or "ok".
//   string mode: compile(source_bytes, 'src.py', 'exec', ast.PyCF_ONLY_AST)
//   file mode:   PyRun_FileExFlags on a FILE* (what `python FILE` does), reached with ctypes; the
//                file's path in messages is replaced by <FILE>.
// Writes test/parser/goldens/tokenizer-source.json: [name, base64 source, string result, file result].
import { registerGolden } from './registry.ts';
import { writeJson } from './io.ts';

export const SOURCE_GOLDEN = 'test/parser/goldens/tokenizer-source.json';

const b = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const u = (s: string): Uint8Array => new TextEncoder().encode(s);

export const SOURCE_CASES: [string, Uint8Array][] = [
  ['plain', u('x = 1\n')],
  ['empty', u('')],
  ['no final newline', u('x = 1')],
  ['syntax error on last line without newline', u('x = 1\ny = ')],
  ['crlf', b('x = 1\r\ny = 2\r\n')],
  ['lone cr', b('x = 1\ry = (\r')],
  ['crlf inside triple string then error', b('s = """a\r\nb"""\r\nx = = 1\r\n')],
  ['bom', b('\xef\xbb\xbfx = 1\n')],
  ['bom then error', b('\xef\xbb\xbfx = (\n')],
  ['partial bom', b('\xef\xbbx = 1\n')],
  ['bom only', b('\xef\xbb\xbf')],
  ['bom utf-8 declaration', b('\xef\xbb\xbf# -*- coding: utf-8 -*-\nx = "\xc3\xa9"\n')],
  ['bom latin-1 declaration', b('\xef\xbb\xbf# coding: latin-1\nx = 1\n')],
  ['bom latin-1 declaration line 2', b('\xef\xbb\xbf#!python\n# coding: latin-1\nx = 1\n')],
  ['bom unknown declaration', b('\xef\xbb\xbf# coding: nope\nx = 1\n')],
  ['bom then invalid utf-8', b('\xef\xbb\xbfx = "\xe9"\n')],
  ['bom comment then invalid utf-8 line 2', b('\xef\xbb\xbf# c\nx = "\xe9"\n')],
  ['bom then invalid utf-8 line 3', b('\xef\xbb\xbfx = 1\ny = 2\nz = "\xe9"\n')],
  ['latin-1', b('# -*- coding: latin-1 -*-\nx = "caf\xe9"\n')],
  ['latin-1 line 2', b('#!/usr/bin/env python\n# -*- coding: latin-1 -*-\nx = "caf\xe9"\n')],
  ['latin-1 line 2 after blank', b('\n# coding=latin-1\nx = "\xe9"\n')],
  ['declaration on line 3 ignored', b('#\n#\n# coding: latin-1\nx = "\xe9"\n')],
  ['declaration after code ignored', b('x = 1  # coding: latin-1\ny = "\xe9"\n')],
  ['declaration after continuation', b('\\\n# coding: latin-1\nx = "\xe9"\n')],
  ['vim style', b('# vim: set fileencoding=iso-8859-15 :\nx = "\xa4"\n')],
  ['emacs style with spaces', b('# -*- coding:   latin_1 -*-\nx = "\xe9"\n')],
  ['utf8 spelled utf8', b('# coding: utf8\nx = "\xe9"\n')],
  ['utf-8 declared, invalid', b('# coding: utf-8\nx = "\xe9"\n')],
  ['utf-8-sig declared', b('# coding: utf-8-sig\nx = 1\n')],
  ['ascii declared, non-ascii', b('# coding: ascii\nx = "\xe9"\n')],
  ['ascii declared, ascii', b('# coding: ascii\nx = 1\n')],
  ['cp1252 declared', b('# coding: cp1252\nx = "\x80\xe9"\n')],
  ['cp1252 undefined byte', b('# coding: cp1252\nx = "\x81"\n')],
  ['iso-8859-15 declared', b('# coding: iso-8859-15\nx = "\xa4"\n')],
  ['unknown encoding', b('# coding: klingon\nx = 1\n')],
  ['declaration too short', b('#coding:\nx = 1\n')],
  ['invalid utf-8 line 1', b('x = "\xff"\n')],
  ['invalid utf-8 line 2 after code', b('x = 1\ny = "\xff"\n')],
  ['invalid utf-8 line 2 after comment', b('# c\ny = "\xff"\n')],
  ['invalid utf-8 line 2 after blank', b('\ny = "\xff"\n')],
  ['invalid utf-8 line 4', b('a = 1\nb = 2\nc = 3\nd = "\xfe"\n')],
  ['invalid utf-8 in comment line 1 only', b('# \xff\n')],
  ['invalid utf-8 in comment line 1, code line 2', b('# \xff\nx = 1\n')],
  ['invalid utf-8 after syntax error', b('x = = 1\ny = 2\nz = "\xff"\n')],
  ['invalid utf-8 after unclosed bracket', b('x = (\n1,\n"\xff"\n')],
  ['invalid utf-8 surrogate', b('x = "\xed\xa0\x80"\n')],
  ['invalid utf-8 overlong', b('x = "\xc0\xaf"\n')],
  ['invalid utf-8 truncated at end', b('x = 1 # \xe2\x82')],
  ['invalid utf-8 too large', b('x = "\xf4\x90\x80\x80"\n')],
  ['invalid utf-8 after valid multibyte', b('x = "\xc3\xa9\xff"\n')],
  ['null byte line 1', b('x = 1\0\n')],
  ['null byte line 3', b('x = 1\ny = 2\nz\0 = 3\n')],
  ['null byte after syntax error', b('x = = 1\n\0\n')],
  ['null byte in string', b('x = "a\0b"\n')],
  ['null byte then invalid utf-8 same line', b('x = 1 \0 \xff\n')],
  ['invalid utf-8 then null byte same line', b('x = "\xff" \0\n')],
  ['null byte in comment line 1', b('# \0\nx = 1\n')],
  ['null byte at end without newline', b('x = 1\0')],
  ['form feed lines', b('\x0c\nx = 1\n\x0cy = = 2\n')],
  ['very long line then error', u('x = "' + 'a'.repeat(1200) + '" +\n')],
  ['long line error after 999 bytes', u('x = ' + '1 + '.repeat(300) + '\n')],
];

const QUERY = `
import ast, base64, ctypes, os, sys
libc = ctypes.CDLL(None)
libc.fopen.restype = ctypes.c_void_p
libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
api = ctypes.pythonapi
api.PyRun_FileExFlags.restype = ctypes.py_object
api.PyRun_FileExFlags.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.py_object, ctypes.py_object, ctypes.c_int, ctypes.c_void_p]
PATH = '/tmp/pyts-source/src.py'
def err(e):
    if isinstance(e, SyntaxError):
        msg = e.msg.replace(PATH, '<FILE>') if isinstance(e.msg, str) else e.msg
        return [type(e).__name__, msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]
    return [type(e).__name__, str(e), None, None, None, None, None]
def main(b64):
    src = base64.b64decode(b64)
    try:
        compile(src, 'src.py', 'exec', ast.PyCF_ONLY_AST)
        s = 'ok'
    except Exception as e:
        s = err(e)
    os.makedirs('/tmp/pyts-source', exist_ok=True)
    with open(PATH, 'wb') as f:
        f.write(src)
    # Compile only: the code must not run.  A statement at the end raising a marker would change
    # the source, so the module body is compiled with the flags of exec and discarded.
    fp = libc.fopen(PATH.encode(), b'rb')
    g = {'__name__': '__pyts_source__', '__builtins__': {}}
    try:
        api.PyRun_FileExFlags(fp, PATH.encode(), 257, g, g, 1, None)
        f = 'ok'
    except SyntaxError as e:
        f = err(e)
    except Exception:
        f = 'ok'
    return [s, f]
`;

registerGolden({
  name: 'tokenizer-source',
  async query(oracle) {
    const rows: [string, string, unknown, unknown][] = [];
    for (const [name, src] of SOURCE_CASES) {
      const b64 = Buffer.from(src).toString('base64');
      const [s, f] = await oracle.call<[unknown, unknown]>(QUERY, b64);
      rows.push([name, b64, s, f]);
    }
    writeJson(SOURCE_GOLDEN, rows);
  },
});
