// The _codecs_hk module: Big5-HKSCS.  CPython: Modules/cjkcodecs/_codecs_hk.c
import { defineModule } from '../../objects/module-def.ts';
import { AsciiOnlyCodec } from './dbcs.ts';
import { getcodecOf } from './_multibytecodec.ts';

export const codecsHkModule = defineModule({
  name: '_codecs_hk',
  functions: { getcodec: { sig: '($module, encoding, /)', impl: getcodecOf([new AsciiOnlyCodec('big5hkscs')]), textSignature: null } },
});
