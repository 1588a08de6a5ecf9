# SystemExit raised inside a generator propagates through the consumer; finally blocks still run
import sys
def items():
    try:
        yield 1
        sys.exit(11)
        yield 2
    finally:
        print("generator finally")
for i in items():
    print("got", i)
print("not reached")
