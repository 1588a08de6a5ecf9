# time.asctime/strftime: years below what struct tm's C int holds raise OverflowError.
import time
for y in (-2147483647-1+1900-1, -2147483647+1900):
    for f in (time.asctime, lambda t: time.strftime('%Y', t)):
        try: print(f((y,)+(1,)*8))
        except Exception as e: print(type(e).__name__, e)
