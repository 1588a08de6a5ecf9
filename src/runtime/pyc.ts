// The .pyc format: a 16-byte header (magic number, flags, source mtime and size) then marshalled code.
// CPython: Lib/importlib/_bootstrap_external.py (_code_to_timestamp_pyc, _validate_timestamp_pyc)

/** CPython 3.14's bytecode magic number (3627) as importlib writes it: 2 bytes, then '\r\n'. */
export const PYC_MAGIC_NUMBER_TOKEN = 3627 | (13 << 16) | (10 << 24);

/** The 16-byte header of a timestamp-based .pyc. */
export function pycHeader(mtimeSeconds: number, sourceSize: number): Uint8Array {
  const h = new Uint8Array(16);
  const v = new DataView(h.buffer);
  v.setUint32(0, PYC_MAGIC_NUMBER_TOKEN >>> 0, true);
  v.setUint32(4, 0, true);
  v.setUint32(8, mtimeSeconds >>> 0, true);
  v.setUint32(12, sourceSize >>> 0, true);
  return h;
}

/** The marshalled code of a .pyc whose header matches the source, or null. */
export function pycBody(data: Uint8Array, mtimeSeconds: number, sourceSize: number): Uint8Array | null {
  if (data.length < 16) return null;
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (v.getUint32(0, true) !== PYC_MAGIC_NUMBER_TOKEN >>> 0) return null;
  if (v.getUint32(4, true) !== 0) return null;
  if (v.getUint32(8, true) !== mtimeSeconds >>> 0 || v.getUint32(12, true) !== sourceSize >>> 0) return null;
  return data.subarray(16);
}
