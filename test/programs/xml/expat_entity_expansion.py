# Billion laughs: expat refuses exponential entity expansion by default; small expansions work.
from xml.parsers import expat
import xml.etree.ElementTree as ET
rows = ['<!ENTITY lol "lol">'] + ['<!ENTITY lol%d "%s">' % (i, ('&lol%d;' % (i - 1) if i > 1 else '&lol;') * 10) for i in range(1, 10)]
doc = '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n' + '\n'.join(rows) + '\n]>\n<lolz>&lol9;</lolz>'
try:
    ET.fromstring(doc)
except ET.ParseError as e:
    print(str(e).split(':')[0], e.code)
small = '<!DOCTYPE d [<!ENTITY e "x&amp;y"><!ENTITY f "&e;&e;">]><d a="&f;">&f;</d>'
print(ET.tostring(ET.fromstring(small)))
