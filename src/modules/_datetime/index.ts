// The _datetime module, native: CPython's Modules/_datetimemodule.c.  datetime.py imports everything
// from here (the pure _pydatetime stays for `import _pydatetime`).
//
// datetime_CAPI is a capsule with nothing behind it (CPython's serves C extensions only).
import { defineModule } from '../../objects/module-def.ts';
import { MINYEAR, MAXYEAR } from './common.ts';
import { DeltaType } from './timedelta.ts';
import { DateType } from './date.ts';
import { TZInfoType, TimeZoneType, utc } from './tz.ts';
import { TimeType, DateTimeType } from './datetime.ts';
import { PyCapsule } from '../../objects/capsule.ts';

export const datetimeNativeModule = defineModule({
  name: '_datetime',
  doc: 'Fast implementation of the datetime module.',
  constants: () => ({
    MINYEAR,
    MAXYEAR,
    timedelta: DeltaType,
    date: DateType,
    time: TimeType,
    datetime: DateTimeType,
    tzinfo: TZInfoType,
    timezone: TimeZoneType,
    UTC: utc(),
    datetime_CAPI: new PyCapsule('datetime.datetime_CAPI'),
  }),
});
