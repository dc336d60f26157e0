evaluate(new File(basedir, '../../../src/it/it-support.groovy'))
copySeeds()
git 'init', '-q', '-b', 'main'
git 'add', '-A'
git 'commit', '-qm', 'seeds'
return true
