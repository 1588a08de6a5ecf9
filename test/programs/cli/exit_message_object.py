# SystemExit with a non-str object prints str(obj) to stderr and exits 1
class Reason:
    def __str__(self):
        return "custom exit reason"
raise SystemExit(Reason())
