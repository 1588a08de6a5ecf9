# explicit chaining display: "The above exception was the direct cause of the following exception:"
class ParseError(Exception):
    pass

def parse_number(s):
    try:
        return float(s)
    except ValueError as e:
        raise ParseError(f"cannot parse {s!r}") from e

parse_number("1.5")
parse_number("one point five")
