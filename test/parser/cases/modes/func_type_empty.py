# parse: mode=func_type
() -> int
