try:
    pass
except E as f():
    pass
