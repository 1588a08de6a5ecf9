// The _datetime module, native: CPython's Modules/_datetimemodule.c.
//
// Differs from CPython: not complete yet, so not registered (src/modules/core.ts): `datetime` keeps
// importing the pure _pydatetime.  What exists: timedelta, date, IsoCalendarDate, tzinfo and timezone,
// checked against CPython's _datetime by test/modules/datetime-native.test.ts (which registers this
// module for its own interpreter).  Missing before it can replace _pydatetime: the time and datetime
// types (construction, fold, isoformat/fromisoformat, arithmetic and aware comparisons, timestamps,
// astimezone, strptime, pickling) and the datetime_CAPI capsule.
import { defineModule } from '../../objects/module-def.ts';
import { MINYEAR, MAXYEAR } from './common.ts';
import { DeltaType } from './timedelta.ts';
import { DateType } from './date.ts';
import { TZInfoType, TimeZoneType, utc } from './tz.ts';

export const datetimeNativeModule = defineModule({
  name: '_datetime',
  doc: 'Fast implementation of the datetime module.',
  constants: () => ({
    MINYEAR,
    MAXYEAR,
    timedelta: DeltaType,
    date: DateType,
    tzinfo: TZInfoType,
    timezone: TimeZoneType,
    UTC: utc(),
  }),
});
