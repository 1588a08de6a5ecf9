// The file system encoding's decoding: UTF-8, with bytes that are not UTF-8 as U+DC80..U+DCFF
// (surrogateescape).  A leaf module: the host (file names from node:fs) and posix share it.

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** bytes -> str as os.fsdecode does.  CPython: PyUnicode_DecodeFSDefault */
export function fsDecode(b: Uint8Array): string {
  let ascii = true;
  for (let i = 0; i < b.length; i++) {
    if (b[i] >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return String.fromCharCode.apply(null, Array.from(b));
  try {
    return utf8Strict.decode(b);
  } catch {
    // Decode sequence by sequence; bytes that do not start a valid sequence become lone surrogates.
    let out = '';
    let i = 0;
    while (i < b.length) {
      const c = b[i];
      let n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
      if (n > 1 && i + n <= b.length) {
        try {
          out += utf8Strict.decode(b.subarray(i, i + n));
          i += n;
          continue;
        } catch {
          n = 0;
        }
      }
      if (n === 1) out += String.fromCharCode(c);
      else out += String.fromCharCode(0xdc00 + c);
      i++;
    }
    return out;
  }
}
