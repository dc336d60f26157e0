// Three encodings of line ends, one with a byte order mark; each has a repeated author, an empty
// item and a glued URL. expected/ holds the bytes a fix must produce, written out literally.
def entry = { String authors, String bullet, String nl ->
    ['## Daily Papers (2024-01-08)', '', '### [Paper](https://arxiv.org/abs/2401.02954)', '',
     '![](https://cdn-uploads.huggingface.co/production/uploads/abc/2401.02954.png)', '', 'Vote: 3', '',
     'Authors: ' + authors, '', '- ' + bullet, ''].join(nl)
}
def before = { nl -> entry('Ada Lovelace, , Ada Lovelace, Alan Turing  ', 'Code: https://github.com/org/repo에서 확인', nl) }
def after = { nl -> entry('Ada Lovelace, Alan Turing', 'Code: https://github.com/org/repo 에서 확인', nl) }
def bom = [0xEF, 0xBB, 0xBF] as byte[]
def write = { String path, byte[] prefix, String text ->
    def f = new File(basedir, path)
    f.parentFile.mkdirs()
    def out = new ByteArrayOutputStream()
    out.write(prefix)
    out.write(text.getBytes('UTF-8'))
    f.bytes = out.toByteArray()
}
write('paper_logs/2024/01/08.md', bom, before('\r\n'))
write('paper_logs/2024/01/09.md', new byte[0], before('\r').replace('2024-01-08', '2024-01-09'))
write('paper_logs/2024/01/10.md', new byte[0], before('\n').replace('2024-01-08', '2024-01-10'))
write('expected/2024/01/08.md', bom, after('\r\n'))
write('expected/2024/01/09.md', new byte[0], after('\r').replace('2024-01-08', '2024-01-09'))
write('expected/2024/01/10.md', new byte[0], after('\n').replace('2024-01-08', '2024-01-10'))
return true
