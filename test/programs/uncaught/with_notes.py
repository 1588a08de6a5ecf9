# notes are printed after the exception line
def validate(rows):
    for i, row in enumerate(rows):
        try:
            int(row)
        except ValueError as e:
            e.add_note(f"while validating row {i}")
            e.add_note("rows must be integers")
            raise

validate(["1", "2", "x3"])
