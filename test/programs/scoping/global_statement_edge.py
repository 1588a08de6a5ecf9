# global statement corner cases: global in nested function only, global for a name never assigned at module level, del global
def outer():
    def inner():
        global created_by_inner
        created_by_inner = "made by inner"
    inner()
    return "created_by_inner" in globals()
print(outer(), created_by_inner)
def reads_then_global():
    return ghost_name if "ghost_name" in globals() else "absent"
print(reads_then_global())
def make_ghost():
    global ghost_name
    ghost_name = "present"
make_ghost()
print(reads_then_global())
def kill_ghost():
    global ghost_name
    del ghost_name
kill_ghost()
print(reads_then_global())
def global_loop_var():
    global loop_i
    for loop_i in range(3):
        pass
global_loop_var()
print(loop_i)
def global_import():
    global json_mod
    import json as json_mod
global_import()
print(json_mod.dumps([1]))
def global_in_class_method():
    class A:
        def set(self):
            global from_method
            from_method = "via method"
    A().set()
global_in_class_method()
print(from_method)
