# time module functions that do not read the clock: gmtime/strftime/strptime with fixed inputs, struct_time fields
import time
t = time.gmtime(0)
print(t, t.tm_year, t.tm_yday, t.tm_wday, tuple(t)[:6])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", time.gmtime(1700000000)))
st = time.strptime("2024-02-29 13:45", "%Y-%m-%d %H:%M")
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_wday, st.tm_yday)
print(time.mktime(time.localtime(0)) == time.mktime(time.localtime(0)), time.asctime(time.gmtime(86400 * 365)))
import calendar
print(calendar.timegm(time.gmtime(1234567890)), calendar.timegm((2000, 1, 1, 0, 0, 0, 0, 0, 0)))
try:
    time.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print(type(e).__name__, e)
print(type(time.time()).__name__, type(time.monotonic()).__name__, time.perf_counter_ns() >= 0)
