// Where the standard library appears to live: a zip on sys.path, as in Pyodide (CPython:
// prefix/lib/python314.zip, the first stdlib entry of the default sys.path).
export const STDLIB_ZIP_PATH = '/lib/python314.zip';
