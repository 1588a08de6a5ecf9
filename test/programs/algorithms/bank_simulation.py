# a small object-oriented simulation: accounts, transactions, exceptions, properties, class methods
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.account = account
        self.amount = amount
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {self._balance})"
    @classmethod
    def open_many(cls, *owners):
        return [cls(o) for o in owners]
class Savings(Account):
    rate = 0.05
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def add(self, acct):
        self.accounts[acct.id] = acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        self.accounts[dst].deposit(amount)
        return True
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
for acct in Account.open_many("ann", "bob") + [Savings("cat", 1000)]:
    bank.add(acct)
bank.accounts[1].deposit(100).deposit(50)
print(bank.transfer(1, 2, 30), bank.transfer(2, 1, 500))
print(bank.accounts[3].add_interest(), bank.accounts, bank.total())
try:
    bank.accounts[1].deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bank.accounts[1].balance = 10
except AttributeError as e:
    print(type(e).__name__, e)
print([a.history for a in bank.accounts.values()])
print(sorted(bank.accounts.values(), key=lambda a: -a.balance), isinstance(bank.accounts[3], Account))
