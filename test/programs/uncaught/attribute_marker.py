# traceback markers for attribute access on None
class Node:
    def __init__(self, nxt=None):
        self.next = nxt

head = Node(Node())
print(head.next.next.next)
