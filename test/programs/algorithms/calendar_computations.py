# date arithmetic by hand (Zeller's congruence, leap years, day counts) checked against datetime
import datetime
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def zeller(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"][h]
dates = [(2000, 1, 1), (2024, 2, 29), (1969, 7, 20), (2100, 3, 1), (1900, 2, 28)]
for y, m, d in dates:
    print((y, m, d), zeller(y, m, d), datetime.date(y, m, d).strftime("%a"), is_leap(y))
def day_of_year(y, m, d):
    days = [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return sum(days[:m - 1]) + d
print([day_of_year(*t) == datetime.date(*t).timetuple().tm_yday for t in dates])
fridays = [datetime.date(2024, m, 13) for m in range(1, 13) if datetime.date(2024, m, 13).weekday() == 4]
print(fridays, (datetime.date(2025, 1, 1) - datetime.date(2024, 1, 1)).days, sum(is_leap(y) for y in range(1900, 2101)))
