# parse: feature_version=13
try:
    pass
except A, B:
    pass
