// The seeds committed on main; then a new digest, not yet committed.
evaluate(new File(basedir, '../../../src/it/it-support.groovy'))
copySeeds()
git 'init', '-q', '-b', 'main'
git 'add', '-A'
git 'commit', '-qm', 'seeds'
new File(basedir, 'paper_logs/2024/03/05.md').setText('''## Daily Papers (2024-03-05)

### [A New Paper](https://arxiv.org/abs/2403.01234)

![](https://cdn-uploads.huggingface.co/production/uploads/abc/2403.01234.png)

Vote: 12

Authors: Ada Lovelace, Alan Turing, Ada Lovelace

- What the paper does.

### [An Old Paper Again](https://arxiv.org/abs/2401.00368)

![](https://cdn-uploads.huggingface.co/production/uploads/abc/2401.00368.png)

Vote: 3

Authors: Liang Wang, Nan Yang

- Seen before.
''', 'UTF-8')
return true
