global x: int
