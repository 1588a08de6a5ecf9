# an uncaught exception exits with status 1 after printing the traceback; stdout printed before is kept
print("line one")
print("line two")
{}["no such key"]
