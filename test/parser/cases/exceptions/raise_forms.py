raise
raise E
raise E from None
raise E(1) from exc
