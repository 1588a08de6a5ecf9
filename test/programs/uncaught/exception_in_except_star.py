# an exception raised inside an except* handler: shown with the group context
def run():
    try:
        raise ExceptionGroup("batch", [ValueError("bad value"), TypeError("bad type")])
    except* ValueError:
        raise RuntimeError("handler failed")

run()
