# parse: feature_version=13
t"{x}"
