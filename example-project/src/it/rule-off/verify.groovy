// DG110 and DG111 are off: the repeated author and the cut list go unreported.
def log = new File(basedir, 'build.log').text
assert !log.contains('DG110')
assert !log.contains('DG111')
assert log.contains('Checked 1 file (1 entry): 0 errors, 0 warnings, 0 infos')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/digest-reports/digest.sarif'))
def dg110 = sarif.runs[0].tool.driver.rules.find { it.id == 'DG110' }
assert dg110.defaultConfiguration.enabled == false
return true
