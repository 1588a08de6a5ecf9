# Frames in standard-library modules show their zip paths and source lines.
import sys
import json


def show(f):
    try:
        f()
    except BaseException as e:
        sys.__excepthook__(type(e), e, e.__traceback__)


show(lambda: json.loads("{"))
show(lambda: json.loads('{"a": [1, 2,]}'))
show(lambda: json.dumps({"a": object()}))
json.loads("[1, 2")
