// A copy of the four real digests, with their 22 old defects.
evaluate(new File(basedir, '../../../src/it/it-support.groovy'))
copySeeds()
return true
