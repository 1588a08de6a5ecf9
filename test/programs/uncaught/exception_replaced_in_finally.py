# an exception in try replaced by a new exception raised in finally (context is shown)
def run():
    try:
        raise TimeoutError("operation timed out")
    finally:
        raise ConnectionError("cleanup failed")
run()
