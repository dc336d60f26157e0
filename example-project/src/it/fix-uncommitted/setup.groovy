// The seeds committed; then a user edit to 01/08.md that is not committed yet.
evaluate(new File(basedir, '../../../src/it/it-support.groovy'))
copySeeds()
git 'init', '-q', '-b', 'main'
git 'add', '-A'
git 'commit', '-qm', 'seeds'
def edited = new File(basedir, 'paper_logs/2024/01/08.md'); edited.text = edited.getText('UTF-8') + '\n<!-- my own edit -->\n'
new File(basedir, 'edited-before-fix.md.bak').bytes = edited.bytes
return true
