def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] paper_logs/2024/01/08.md:14:1: info DG007 unused-suppression: digest-disable-next-entry DG105 suppresses no finding; remove it')
assert !log.contains('DG110')
assert log.contains('Checked 1 file (2 entries): 0 errors, 0 warnings, 1 info; 1 finding suppressed by comments')
assert log.contains('BUILD SUCCESS')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/digest-reports/digest.json'))
assert json.totals.suppressed == 1
assert json.findings*.ruleId == ['DG007']
return true
