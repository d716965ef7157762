import { describe, expect, it } from 'vitest';
import { NO_SAVED_PAGE, isMhtml, mhtmlPage, savedPage } from '../../lib/readers/mhtml';
import { auditFile } from '../../lib/node';

const enc = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array, label = 'utf-8') => new TextDecoder(label).decode(b);
const qp = (s: string) => Array.from(enc(s), (b) => (b >= 33 && b <= 126 && b !== 61 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');

/** A saved file: its top headers, then each part's headers and body between the boundary lines. */
function mime(top: string, parts: [string, string][], eol = '\r\n', close = true): string {
  const b = 'XyZ';
  const head = top.replace(/BOUNDARY/, b);
  const body = parts.map(([h, p]) => `--${b}${eol}${h.split('\n').join(eol)}${eol}${eol}${p}${eol}`).join('');
  return `${head.split('\n').join(eol)}${eol}${eol}preamble${eol}${body}${close ? `--${b}--${eol}` : ''}`;
}
const TOP = 'MIME-Version: 1.0\nContent-Type: multipart/related;\n\ttype="text/html";\n\tboundary="BOUNDARY"';

describe('a page saved whole as one file (MHTML)', () => {
  it('is told by its MIME headers, folded or not, its boundary quoted or not', () => {
    expect(isMhtml('From: <Saved by Blink>\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="--a"\r\n\r\n')).toBe(true);
    expect(isMhtml('MIME-Version: 1.0\nContent-Type: Multipart/Related; boundary=abc\n\n')).toBe(true);
    expect(isMhtml('\uFEFFMIME-Version: 1.0\nContent-Type: multipart/related; boundary=abc\n\n')).toBe(true);
    // no boundary, another multipart, a page, a text that only mentions the header
    expect(isMhtml('Content-Type: multipart/related\n\n')).toBe(false);
    expect(isMhtml('Content-Type: multipart/mixed; boundary=a\n\n')).toBe(false);
    expect(isMhtml('<!doctype html><html>Content-Type: multipart/related; boundary=a')).toBe(false);
    expect(isMhtml('一、总体情况\nContent-Type: multipart/related; boundary=a\n')).toBe(false);
  });

  it('gives the page part decoded from quoted-printable, its soft line breaks joined, with its address', () => {
    const html = '<html><body><h1>某街道2023年政府信息公开工作年度报告</h1></body></html>';
    const body = qp(html).replace(/(.{70})/g, '$1=\r\n');
    const file = mime(TOP, [
      ['Content-Type: image/png\nContent-Transfer-Encoding: base64', 'iVBORw0KGgo='],
      ['Content-Type: text/html\nContent-Transfer-Encoding: quoted-printable\nContent-Location: https://www.example.gov.cn/art/2024/1/10/art_1.html', body],
    ]);
    const page = mhtmlPage(enc(file))!;
    expect(text(page.html)).toBe(html);
    expect(page.contentType).toBe('text/html');
    expect(page.location).toBe('https://www.example.gov.cn/art/2024/1/10/art_1.html');
  });

  it('takes the part its start parameter names, in base64, with the part charset', () => {
    const gbk = new Uint8Array([0xc4, 0xea, 0xb1, 0xa8]); // 年报 in GBK
    const b64 = Buffer.from(gbk).toString('base64');
    const top = 'MIME-Version: 1.0\nContent-Type: multipart/related; boundary=BOUNDARY; start="<b@x>"';
    const file = mime(top, [
      ['Content-Type: text/html; charset=utf-8\nContent-ID: <a@x>\nContent-Location: file:///C:/a.htm', qp('<p>other frame</p>')],
      ['Content-Type: text/html; charset="gb2312"\nContent-ID: <b@x>\nContent-Transfer-Encoding: base64\nContent-Location: file:///C:/b.htm', b64],
    ], '\n');
    const page = mhtmlPage(enc(file))!;
    expect(text(page.html, 'gb18030')).toBe('年报');
    expect(page.contentType).toBe('text/html; charset=gb2312');
    // a file on the saver's own disk is no address of the report
    expect(page.location).toBeNull();
  });

  it('falls back to the saved-from header, keeps 8-bit bodies as they are and reads a file cut before its closing line', () => {
    const top = 'Snapshot-Content-Location: http://gov.example.cn/a.html\nContent-Type: multipart/related; boundary=BOUNDARY';
    const page = mhtmlPage(enc(mime(top, [['Content-Type: text/html\nContent-Transfer-Encoding: 8bit', '<p>年报=3D</p>']], '\r\n', false)))!;
    expect(text(page.html)).toBe('<p>年报=3D</p>');
    expect(page.location).toBe('http://gov.example.cn/a.html');
  });

  it('says a saved file without a page holds none, and what is no saved file is none', () => {
    const noPage = enc(mime(TOP, [['Content-Type: image/png\nContent-Transfer-Encoding: base64', 'iVBORw0KGgo=']]));
    expect(mhtmlPage(noPage)).toBeNull();
    expect(savedPage(noPage)).toEqual({ error: NO_SAVED_PAGE });
    expect(savedPage(enc('<html><body>年报</body></html>'))).toBeNull();
    // a byte-order mark before the headers (an editor saved it so): still the page it holds
    const bom = enc(`\uFEFF${mime(TOP, [['Content-Type: text/html', '<p>年报</p>']])}`);
    expect(bom.slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(text((savedPage(bom) as { html: Uint8Array }).html)).toBe('<p>年报</p>');
    expect(savedPage(enc('一、总体情况'))).toBeNull();
  });

  it('is audited as its page, and a saved file without a page gets its reason in Chinese', async () => {
    const html = '<html><head><title>某街道2023年政府信息公开工作年度报告</title></head><body><h1>某街道2023年政府信息公开工作年度报告</h1><p>一、总体情况</p></body></html>';
    const file = enc(mime(TOP, [['Content-Type: text/html\nContent-Transfer-Encoding: quoted-printable', qp(html)]]));
    const a = await auditFile(file, 'a.mhtml', null, {}, null, 'html');
    expect(a.result.title).toBe('某街道2023年政府信息公开工作年度报告');
    // the same bytes named as a text are still the page they hold
    expect((await auditFile(file, 'a.txt', null, {}, null, 'text')).result.title).toBe('某街道2023年政府信息公开工作年度报告');
    const empty = await auditFile(enc(mime(TOP, [['Content-Type: text/css', 'p{}']])), 'b.mhtml');
    expect(empty.result.error).toBe(`无法审计：${NO_SAVED_PAGE}`);
  });
});

describe('the MIME structure of a saved file, edge by edge', () => {
  const page = (raw: string) => {
    const p = mhtmlPage(enc(raw));
    return p ? text(p.html) : null;
  };

  it('headers: a name from the line start, no space needed after the colon, any case, the first of two, values trimmed, the last line without its end', () => {
    expect(isMhtml(' Content-Type: multipart/related; boundary=a\n\n')).toBe(false);
    expect(isMhtml('Content-Type:multipart/related;boundary=a\n\n')).toBe(true);
    expect(isMhtml('Content-Type: multipart/related; BOUNDARY=abc\n\n')).toBe(true);
    expect(isMhtml('Content-Type: multipart/related; boundary=a\nContent-Type: text/plain\n\n')).toBe(true);
    expect(isMhtml('Content-Type: text/html; note=multipart/related; boundary=a\n\n')).toBe(false);
    expect(isMhtml('Content-Type: multipart/related; boundary=a')).toBe(true);
    // a transfer encoding with spaces after it, a line of spaces ending the headers
    expect(page('Content-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/html\nContent-Transfer-Encoding: base64   \n   \nPHA+eDwvcD4=\n--b--\n')).toBe('<p>x</p>');
  });

  it('parts: an empty one, a soft line break without CR, a last part cut without its line end, LF-only lines', () => {
    expect(page('Content-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/css\n\n--b\nContent-Type: text/html\n\n<p>x</p>\n--b--\n')).toBe('<p>x</p>');
    expect(page('Content-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n<p>x=\ny</p>\n--b--\n')).toBe('<p>xy</p>');
    expect(page('Content-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/html\n\n<p>x</p>')).toBe('<p>x</p>');
    expect(page('Content-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/html\n\n<p>x</p>\n')).toBe('<p>x</p>');
    // a file cut right after a boundary line's name: the page before it stands
    expect(page('Content-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/html\n\n<p>x</p>\n--b')).toBe('<p>x</p>');
  });

  it('the page: never after the closing boundary, only a part whose type is text/html, a cut base64 group', () => {
    expect(page('Content-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/css\n\np{}\n--b--\nContent-Type: text/html\n\n<p>epilogue</p>\n--b\nContent-Type: text/html\n\n<p>after</p>\n')).toBeNull();
    expect(page('Content-Type: multipart/related; boundary=b\n\n--b\nContent-Type: image/svg+xml; note=text/html\n\n<svg/>\n--b\nContent-Type: text/html\n\n<p>x</p>\n--b--\n')).toBe('<p>x</p>');
    // PHA+eDwvcD4 is <p>x</p> without its padding; one more character is a cut group
    expect(page('Content-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/html\nContent-Transfer-Encoding: base64\n\nPHA+eDwvcD4\n--b--\n')).toBe('<p>x</p>');
    expect(page('Content-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/html\nContent-Transfer-Encoding: base64\n\nPHA+eDwvcD4A\n--b--\n')).toBe('<p>x</p>\u0000');
    expect(page('Content-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/html\nContent-Transfer-Encoding: base64\n\nPHA+eDwvcD4AA\n--b--\n')).toBe('<p>x</p>\u0000');
  });

  it('the address: http(s) only, from the line start', () => {
    const at = (loc: string) => mhtmlPage(enc(`Content-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/html\nContent-Location: ${loc}\n\n<p>x</p>\n--b--\n`))!.location;
    expect([at('HTTPS://gov.cn/a.html'), at('file:///C:/x.htm?from=http://gov.cn/'), at('cid:frame-1')]).toEqual(['HTTPS://gov.cn/a.html', null, null]);
  });
});
