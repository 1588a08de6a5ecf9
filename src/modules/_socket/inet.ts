// Internet addresses as text and as bytes: inet_aton/inet_pton and inet_ntoa/inet_ntop as glibc does
// them, and the name resolution pyts can do without a network (numeric addresses and localhost).

/** glibc's inet_aton: one to four parts (decimal, 0x hex or 0 octal), the last filling the remaining bytes. */
export function inetAton(s: string): Uint8Array | null {
  const m = /^((?:0[xX][0-9a-fA-F]*|[0-9]+)(?:\.(?:0[xX][0-9a-fA-F]*|[0-9]+)){0,3})(?:[ \t\n].*)?$/s.exec(s);
  if (m === null) return null;
  const parts: number[] = [];
  for (const p of m[1].split('.')) {
    let v: number;
    if (/^0[xX]/.test(p)) v = p.length === 2 ? 0 : parseInt(p.slice(2), 16);
    else if (p.length > 1 && p[0] === '0') {
      if (!/^[0-7]+$/.test(p)) return null;
      v = parseInt(p, 8);
    } else v = parseInt(p, 10);
    if (!(v <= 0xffffffff)) return null;
    parts.push(v);
  }
  const last = parts.pop()!;
  for (const p of parts) if (p > 255) return null;
  const room = 4 - parts.length;
  if (last >= 2 ** (8 * room)) return null;
  const out = new Uint8Array(4);
  parts.forEach((p, i) => (out[i] = p));
  for (let i = 3, v = last; i >= parts.length; i--, v = Math.floor(v / 256)) out[i] = v & 0xff;
  return out;
}

/** glibc's inet_pton for AF_INET: exactly four decimal parts 0-255 without leading zeros. */
export function inetPton4(s: string): Uint8Array | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  const out = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const p = parts[i];
    if (!/^[0-9]{1,3}$/.test(p) || (p.length > 1 && p[0] === '0')) return null;
    const v = Number(p);
    if (v > 255) return null;
    out[i] = v;
  }
  return out;
}

/** glibc's inet_pton for AF_INET6 (with :: and a trailing dotted IPv4 part). */
export function inetPton6(s: string): Uint8Array | null {
  const out = new Uint8Array(16);
  if (s.startsWith(':') && !s.startsWith('::')) return null;
  if (s.endsWith(':') && !s.endsWith('::')) return null;
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const words = (h: string): number[] | null => {
    if (h === '') return [];
    const out: number[] = [];
    const groups = h.split(':');
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      if (i === groups.length - 1 && g.includes('.')) {
        const v4 = inetPton4(g);
        if (v4 === null) return null;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
        out.push(parseInt(g, 16));
      }
    }
    return out;
  };
  const head = words(halves[0]);
  const tail = halves.length === 2 ? words(halves[1]) : [];
  if (head === null || tail === null) return null;
  if (halves.length === 2 ? head.length + tail.length > 7 : head.length !== 8) return null;
  if (halves.length === 1 && halves[0].includes('.') && !/:/.test(halves[0])) return null;
  const all = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  all.forEach((w, i) => {
    out[2 * i] = w >> 8;
    out[2 * i + 1] = w & 0xff;
  });
  return out;
}

export function inetNtop4(b: Uint8Array): string {
  return `${b[0]}.${b[1]}.${b[2]}.${b[3]}`;
}

/** glibc's inet_ntop for AF_INET6: the longest run of two or more zero words (the first of equals) as ::, and an
 *  IPv4-compatible or -mapped address's last 32 bits dotted. */
export function inetNtop6(b: Uint8Array): string {
  const w: number[] = [];
  for (let i = 0; i < 8; i++) w.push((b[2 * i] << 8) | b[2 * i + 1]);
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (w[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (bestLen < 2) best = -1;
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (best >= 0 && i >= best && i < best + bestLen) {
      if (i === best) out += ':';
      continue;
    }
    if (i !== 0) out += ':';
    if (i === 6 && best === 0 && (bestLen === 6 || (bestLen === 5 && w[5] === 0xffff))) {
      out += inetNtop4(b.subarray(12));
      break;
    }
    out += w[i].toString(16);
  }
  if (best >= 0 && best + bestLen === 8) out += ':';
  return out;
}
