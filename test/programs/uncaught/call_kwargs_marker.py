# markers under a failing call with keyword arguments spanning the whole call
def configure(host, port, *, timeout):
    return f"{host}:{port}/{timeout}"

settings = {"host": "localhost", "port": 8080}
print(configure(**settings, timeout=5))
configure(settings["host"], settings["port"], timeout=5, retries=3)
