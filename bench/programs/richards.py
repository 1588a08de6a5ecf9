# Object-oriented dispatch: a small task scheduler in the spirit of Richards.
class Task:
    def __init__(self, name, work):
        self.name = name
        self.work = work
        self.done = 0

    def run(self, sched):
        self.done += 1
        return self.work


class IOTask(Task):
    def run(self, sched):
        sched.io += 1
        return super().run(sched) * 2


class CPUTask(Task):
    def run(self, sched):
        total = 0
        for k in range(self.work):
            total += k
        self.done += 1
        return total


class Scheduler:
    def __init__(self):
        self.queue = []
        self.io = 0
        self.ticks = 0

    def add(self, task):
        self.queue.append(task)

    def step(self):
        task = self.queue.pop(0)
        result = task.run(self)
        self.ticks += result & 3
        self.queue.append(task)


s = Scheduler()
for i in range(20):
    if i % 3 == 0:
        s.add(IOTask('io%d' % i, i))
    elif i % 3 == 1:
        s.add(CPUTask('cpu%d' % i, i % 7))
    else:
        s.add(Task('t%d' % i, i))
for _ in range(600000):
    s.step()
print(s.ticks, s.io, sum(t.done for t in s.queue))
