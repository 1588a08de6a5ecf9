try:
    pass
except ValueError, TypeError:
    pass
except (A, B) as e:
    pass
except A:
    pass
except:
    pass
