# statistics: exact means and medians, mode, variance with Fractions, errors
import statistics as st
from fractions import Fraction
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.mode(data), st.multimode("aabbc"))
print(st.pstdev(data), st.stdev(data), st.pvariance(data), st.variance(data), st.fmean([1, 2, 3.5]), st.geometric_mean([1, 8]), st.harmonic_mean([1, 2, 4]))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.variance([Fraction(1), Fraction(2), Fraction(4)]), st.quantiles(range(1, 11), n=4), st.median_grouped([1, 2, 2, 3]))
for bad in [lambda: st.mean([]), lambda: st.mode([]), lambda: st.stdev([1]), lambda: st.harmonic_mean([-1])]:
    try:
        print(bad())
    except st.StatisticsError as e:
        print(type(e).__name__, e)
print(st.correlation([1, 2, 3], [2, 4, 7]), st.covariance([1, 2, 3], [1, 2, 3]), st.linear_regression([1, 2, 3], [2, 4, 6]))
