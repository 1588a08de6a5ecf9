// The _codecs_jp module: Shift_JIS, cp932, EUC-JP and the JIS X 0213 codecs.  CPython: Modules/cjkcodecs/_codecs_jp.c
import { defineModule } from '../../objects/module-def.ts';
import { DbcsCodec, AsciiOnlyCodec } from './dbcs.ts';
import { getcodecOf } from './_multibytecodec.ts';

const CODECS = [
  new DbcsCodec('shift_jis'),
  new DbcsCodec('cp932'),
  new DbcsCodec('euc_jp'),
  new AsciiOnlyCodec('shift_jis_2004'),
  new AsciiOnlyCodec('euc_jis_2004'),
  new AsciiOnlyCodec('euc_jisx0213'),
  new AsciiOnlyCodec('shift_jisx0213'),
];

export const codecsJpModule = defineModule({
  name: '_codecs_jp',
  functions: { getcodec: { sig: '($module, encoding, /)', impl: getcodecOf(CODECS), textSignature: null } },
});
