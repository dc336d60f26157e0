// before/: the seeds as they were baselined. after/: the same repository later, with
// - 2024/01/02.md: lines added at the top and its first two entries swapped (old findings move);
// - 2024/01/17.md: one repeated author list fixed (its baseline entry goes stale);
// - 2024/03/05.md: a new digest whose author list repeats a name (the one new finding).
evaluate(new File(basedir, '../../../src/it/it-support.groovy'))
copySeeds('before/paper_logs')
copySeeds('after/paper_logs')
def moved = new File(basedir, 'after/paper_logs/2024/01/02.md')
def text = moved.getText('UTF-8')
def entries = text.split(/(?m)^(?=### )/)
// entries[0] is the header; swap the first two entries
def swapped = entries[0] + entries[2] + entries[1] + entries[3..-1].join('')
moved.setText('<!-- moved around after the baseline -->\n\n' + swapped, 'UTF-8')
def fixed = new File(basedir, 'after/paper_logs/2024/01/17.md')
def before = fixed.getText('UTF-8')
def after = before.replace('Ramin Nakhli, Ramin Nakhli, Ramin Nakhli, ', 'Ramin Nakhli, ')
assert after != before
fixed.setText(after, 'UTF-8')
new File(basedir, 'after/paper_logs/2024/03/05.md').setText('''## Daily Papers (2024-03-05)

### [A New Paper](https://arxiv.org/abs/2403.01234)

![](https://cdn-uploads.huggingface.co/production/uploads/abc/2403.01234.png)

Vote: 12

Authors: Ada Lovelace, Alan Turing, Ada Lovelace

- What the paper does.
''', 'UTF-8')
return true
