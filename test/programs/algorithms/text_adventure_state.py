# a small text adventure driven by scripted commands: dict-based rooms, inventory set, match statements
rooms = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of books", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall"}, "items": []},
}
state = {"room": "hall", "inventory": [], "moves": 0}
def step(cmd):
    room = rooms[state["room"]]
    match cmd.split():
        case ["look"]:
            return f"You see {room['desc']}. Items: {', '.join(room['items']) or 'none'}"
        case ["go", direction] if direction in room["exits"]:
            state["room"] = room["exits"][direction]
            state["moves"] += 1
            return f"You go {direction} to the {state['room']}"
        case ["go", direction]:
            return f"You cannot go {direction}"
        case ["take", item] if item in room["items"]:
            room["items"].remove(item)
            state["inventory"].append(item)
            return f"Taken: {item}"
        case ["take", item]:
            return f"There is no {item} here"
        case ["inventory" | "inv"]:
            return f"You carry: {sorted(state['inventory'])}"
        case _:
            return f"Unknown command: {cmd!r}"
script = ["look", "take lamp", "go west", "go north", "look", "take key", "take sword", "go south", "go east", "inv", "dance"]
for cmd in script:
    print(f"> {cmd}\n{step(cmd)}")
print(state)
