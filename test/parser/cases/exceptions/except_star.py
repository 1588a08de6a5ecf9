try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as e:
    pass
except* OSError, RuntimeError:
    pass
else:
    pass
finally:
    pass
