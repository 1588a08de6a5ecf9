// The _codecs_kr module: EUC-KR, cp949 and Johab.  CPython: Modules/cjkcodecs/_codecs_kr.c
import { defineModule } from '../../objects/module-def.ts';
import { DbcsCodec, AsciiOnlyCodec } from './dbcs.ts';
import { getcodecOf } from './_multibytecodec.ts';

export const codecsKrModule = defineModule({
  name: '_codecs_kr',
  functions: {
    getcodec: {
      sig: '($module, encoding, /)',
      impl: getcodecOf([new DbcsCodec('euc_kr'), new DbcsCodec('cp949'), new AsciiOnlyCodec('johab')]),
      textSignature: null,
    },
  },
});
