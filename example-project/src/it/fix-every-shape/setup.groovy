// Every shape digest:fix repairs, in three encodings of line ends, one with a byte order mark:
// repeated and empty author items (DG110, DG109), an author line written as code (DG117), bare
// URLs GitHub glues to their text (DG202), raw HTML in a summary (DG120) and links that lost their
// parentheses (DG209), the video one included. expected/ holds the bytes a fix must produce,
// written out literally.
def video = 'https://cdn-uploads.huggingface.co/production/uploads/abc/v.mp4'
def digest = { String nl, String authors1, String bullet1, String videoLine, String authors2, String bullet2 ->
    ['## Daily Papers (2024-01-08)', '',
     '### [Paper](https://arxiv.org/abs/2401.02954)', '',
     '![](https://cdn-uploads.huggingface.co/production/uploads/abc/2401.02954.png)', '', 'Vote: 3', '',
     'Authors: ' + authors1, '', '- ' + bullet1, '',
     '### [Video paper](https://arxiv.org/abs/2401.02957)', '',
     videoLine, '<div><video controls src="' + video + '" muted="false"></video></div>', '', 'Vote: 2', '',
     'Authors: ' + authors2, '', '- ' + bullet2, ''].join(nl)
}
def before = { nl ->
    digest(nl,
        'Ada Lovelace, , Ada Lovelace, Alan Turing  ',
        'Code: https://github.com/org/repo에서 확인, 페이지(https://project.github.io)에서, \'https://x.io/a\'에서  ',
        '[Watch Video]' + video,
        "['Grace Hopper', 'Grace Hopper', 'and Alan Turing']",
        'Emits <think>...</think> and </s>; H<sub>2</sub>O stays; [코드]https://github.com/org/repo에서.')
}
def after = { nl ->
    digest(nl,
        'Ada Lovelace, Alan Turing',
        'Code: <https://github.com/org/repo>에서 확인, 페이지(<https://project.github.io>)에서, \'<https://x.io/a>\'에서  ',
        '[Watch Video](' + video + ')',
        'Grace Hopper, Alan Turing',
        'Emits \\<think>...\\</think> and \\</s>; H<sub>2</sub>O stays; [코드](https://github.com/org/repo)에서.')
}
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
