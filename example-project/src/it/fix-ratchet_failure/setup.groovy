// A repository as a bot keeps it: LICENSE.md, CONTRIBUTING.md and .github/ beside paper_logs/, one
// committed digest with fixable defects, and the day's new digest, not yet committed.
evaluate(new File(basedir, '../../../src/it/it-support.groovy'))
def write = { String path, String text ->
    def f = new File(basedir, path)
    f.parentFile.mkdirs()
    f.setText(text, 'UTF-8')
}
def entry = { String id, String authors, String vote ->
    "### [Paper ${id}](https://arxiv.org/abs/${id})\n\n![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/${id}.png)\n\n${vote}Authors: ${authors}\n\n- Code: https://github.com/org/repo에서 확인.\n"
}
write('LICENSE.md', 'MIT\n')
write('CONTRIBUTING.md', '# Contributing\n')
write('.github/ISSUE_TEMPLATE/bug.md', '---\nname: Bug\n---\n')
write('paper_logs/2024/01/08.md', '## Daily Papers (2024-01-08)\n\n' + entry('2401.00001', 'Ada Lovelace, Ada Lovelace', 'Vote: 3\n\n'))
git('init', '-q')
git('add', '.')
git('commit', '-q', '-m', 'yesterday')
write('paper_logs/2024/01/09.md', '## Daily Papers (2024-01-09)\n\n' + entry('2401.00002', 'Alan Turing, Alan Turing', 'Vote: x\n\n'))
return true
