# parse: feature_version=10
try:
    pass
except* E:
    pass
