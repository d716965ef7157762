#!/usr/bin/env python3
"""Pages written as the single-file web pages (.mht) Word and Internet Explorer save, by Python's own MIME writer
(the email package): Word's preamble, the page in GB2312/GBK (as a Chinese office's Word saves it, its meta charset
said so), quoted-printable, a file:/// address (a page saved on an office's PC), an image part after it; or, with
--base64, the page in base64 and UTF-8 (as some archivers and mail clients write it) with a `start` parameter naming
it. Usage: word-mht.py [--base64] IN.html OUT.mht"""
import re
import sys
from email import charset as cs, encoders
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32

args = sys.argv[1:]
b64 = '--base64' in args
args = [a for a in args if a != '--base64']
src, out = args
html = open(src, encoding='utf-8').read()
name = src.rsplit('/', 1)[-1]

if b64:
    enc = 'utf-8'
    c = cs.Charset('utf-8')
    c.body_encoding = cs.BASE64
else:
    enc = 'gbk'
    html = re.sub(r'charset=["\']?utf-8["\']?', 'charset=gb2312', html, flags=re.I)
    if 'charset=gb2312' not in html:
        html = html.replace('<head>', '<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 1)
    c = cs.Charset('gbk')
    c.body_encoding = cs.QP
root = MIMEMultipart('related', boundary='----=_NextPart_01DB4C2A.5E3B1F70')
root.preamble = ('This document is a Single File Web Page, also known as a Web Archive file.  If you are seeing this message, '
                 'your browser or editor doesn\'t support Web Archive files.  Please download a browser that supports Web Archive, '
                 'such as Windows\u00ae Internet Explorer\u00ae.').encode('ascii', 'replace').decode()
page = MIMEText('', 'html')
page.set_payload(html.encode(enc, 'replace'))
del page['Content-Transfer-Encoding']
if b64:
    encoders.encode_base64(page)
    page.set_param('charset', 'utf-8')
    page['Content-ID'] = '<page@saved>'
    root.set_param('start', '<page@saved>')
    root.set_param('type', 'text/html')
else:
    import quopri
    page.set_payload(quopri.encodestring(html.encode(enc, 'replace')).decode('ascii'))
    page['Content-Transfer-Encoding'] = 'quoted-printable'
    page.set_param('charset', 'gb2312')
page['Content-Location'] = f'file:///C:/Users/office/Desktop/{name}'
root.attach(page)
image = MIMEBase('image', 'png')
image.set_payload(bytes.fromhex('89504e470d0a1a0a0000000d4948445200000001000000010806000000'))
encoders.encode_base64(image)
image['Content-Location'] = f'file:///C:/Users/office/Desktop/{name}.files/image001.png'
root.attach(image)
del root['MIME-Version']
with open(out, 'w', newline='\r\n') as f:
    f.write('MIME-Version: 1.0\n' + root.as_string(policy=compat32))
print(out)
