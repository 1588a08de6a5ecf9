# implicit chaining display: "During handling of the above exception, another exception occurred:"
def load(cfg):
    try:
        return cfg["port"]
    except KeyError:
        raise RuntimeError("configuration incomplete")

load({})
