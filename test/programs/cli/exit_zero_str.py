# sys.exit("0") is a string, so it is printed and the status is 1
import sys
sys.exit("0")
