evaluate(new File(basedir, '../../../src/it/it-support.groovy'))
copySeeds()
return true
