é = fb"x"
