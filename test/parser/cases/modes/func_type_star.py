# parse: mode=func_type
(int, *str, **dict) -> None
