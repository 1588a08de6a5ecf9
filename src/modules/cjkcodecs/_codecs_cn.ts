// The _codecs_cn module: GB2312, GBK, GB18030 and HZ.  CPython: Modules/cjkcodecs/_codecs_cn.c
import { defineModule } from '../../objects/module-def.ts';
import type { ByteWriter } from '../../objects/codecs/writer.ts';
import { type CjkCodec, type CodecState, type EncodeBuf, type DecodeBuf, MBERR_TOOFEW } from './codec.ts';
import { DbcsCodec, tablesOf, type LoadedTables } from './dbcs.ts';
import { getcodecOf } from './_multibytecodec.ts';

/** HZ (RFC 1843): GB2312 in 7-bit bytes between "~{" and "~}"; state[0] is 1 in GB mode. */
class HzCodec implements CjkCodec {
  readonly encoding = 'hz';
  private tables: LoadedTables | null = null;

  init(): void {
    this.tables ??= tablesOf('gb2312');
  }

  encinit(state: CodecState): void {
    state[0] = 0;
  }

  // CPython: ENCODER_RESET(hz)
  encreset(state: CodecState, out: ByteWriter): number {
    if (state[0] !== 0) {
      out.push(0x7e);
      out.push(0x7d);
      state[0] = 0;
    }
    return 0;
  }

  // CPython: ENCODER(hz)
  encode(state: CodecState, buf: EncodeBuf): number {
    const enc = this.tables!.t.enc;
    const out = buf.out;
    while (buf.pos < buf.len) {
      const c = buf.cps[buf.pos];
      if (c < 0x80) {
        if (state[0]) {
          out.push(0x7e);
          out.push(0x7d);
          state[0] = 0;
        }
        out.push(c);
        buf.pos++;
        if (c === 0x7e) out.push(0x7e);
        continue;
      }
      if (c > 0xffff) return 1;
      const code = enc[c];
      // Only GB2312 codes (both bytes with the high bit set, and two bytes).
      if (code < 0x8080 || code > 0xffff || (code & 0x80) === 0) return 1;
      if (state[0] === 0) {
        out.push(0x7e);
        out.push(0x7b);
        state[0] = 1;
      }
      out.push((code >> 8) & 0x7f);
      out.push(code & 0x7f);
      buf.pos++;
    }
    return 0;
  }

  decinit(state: CodecState): void {
    state[0] = 0;
  }

  decreset(state: CodecState): void {
    state[0] = 0;
  }

  // CPython: DECODER(hz)
  decode(state: CodecState, buf: DecodeBuf): number {
    const dec2 = this.tables!.t.dec2;
    const data = buf.data;
    while (buf.pos < buf.end) {
      const c = data[buf.pos];
      if (c === 0x7e) {
        if (buf.end - buf.pos < 2) return MBERR_TOOFEW;
        const c2 = data[buf.pos + 1];
        if (c2 === 0x7e && state[0] === 0) buf.out.pushUnit(0x7e);
        else if (c2 === 0x7b && state[0] === 0) state[0] = 1;
        else if (c2 === 0x0a && state[0] === 0) {
          // A line continuation.
        } else if (c2 === 0x7d && state[0] === 1) state[0] = 0;
        else return 1;
        buf.pos += 2;
        continue;
      }
      if (c & 0x80) return 1;
      if (state[0] === 0) {
        buf.out.pushUnit(c);
        buf.pos++;
      } else {
        if (buf.end - buf.pos < 2) return MBERR_TOOFEW;
        const v = dec2[((c | 0x80) << 8) | (data[buf.pos + 1] | 0x80)];
        if (v < 0 || data[buf.pos + 1] & 0x80) return 1;
        buf.out.pushCodePoint(v);
        buf.pos += 2;
      }
    }
    return 0;
  }
}

const CODECS: readonly CjkCodec[] = [new DbcsCodec('gb2312'), new DbcsCodec('gbk'), new DbcsCodec('gb18030'), new HzCodec()];

export const codecsCnModule = defineModule({
  name: '_codecs_cn',
  functions: { getcodec: { sig: '($module, encoding, /)', impl: getcodecOf(CODECS), textSignature: null } },
});
