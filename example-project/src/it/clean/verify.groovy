def log = new File(basedir, 'build.log').text
assert log.contains('Checked 1 file (2 entries): 0 errors, 0 warnings, 0 infos')
assert !(log =~ /DG\d{3}/).find()
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/digest-reports/digest.json'))
assert json.findings == []
assert !new File(basedir, 'target/digest-reports/digest.sarif').exists() // not in formats
return true
