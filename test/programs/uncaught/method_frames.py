# method frames and the qualified names shown in a traceback
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
    @classmethod
    def open(cls, amount):
        acct = cls(0)
        acct.withdraw(amount)
        return acct

Account(10).withdraw(5)
Account.open(3)
