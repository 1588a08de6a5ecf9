def match(): pass
def case(): pass
_ = 1
type = 2
type(x)
match.x = 3
match: int = 4
match x:
    case type:
        pass
