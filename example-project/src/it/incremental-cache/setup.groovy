evaluate(new File(basedir, '../../../src/it/it-support.groovy'))
copySeeds()
def cache = new File(basedir, 'target/digest-cache')
cache.parentFile.mkdirs()
cache.text = 'not a cache'
return true
