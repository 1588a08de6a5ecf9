# nested exception groups with notes in the traceback display
inner = ExceptionGroup("inner", [KeyError("k"), IndexError("i")])
inner.add_note("note on inner group")
outer = ExceptionGroup("outer", [ValueError("v"), inner])
raise outer
