# parse: mode=func_type
(int, str) -> list[int]
