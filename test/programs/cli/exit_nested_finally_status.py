# SystemExit raised in a finally block overrides an exception in flight; the exit status is the SystemExit code
import sys
def main():
    try:
        raise ValueError("original problem")
    finally:
        print("cleaning up, then exiting with 3")
        sys.exit(3)
main()
