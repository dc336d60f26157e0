def log = new File(basedir, 'build.log').text
def baselineFile = new File(basedir, 'digest-baseline.json')
assert log.contains("Wrote ${baselineFile.canonicalPath}: 22 finding(s) in 4 of 4 file(s) accepted; digest:check now fails only on new findings")
assert log.contains("Using the baseline ${baselineFile.canonicalPath} (22 accepted findings)")
assert log.contains('Checked 4 files (35 entries): 0 errors, 0 warnings, 0 infos; 22 more findings accepted by the baseline')
assert !log.contains('[ERROR] paper_logs')
assert log.contains('BUILD SUCCESS')

def baseline = new groovy.json.JsonSlurper().parse(baselineFile)
assert baseline.tool == 'digest-maven-plugin'
assert baseline.format == 1
assert baseline.findings.size() == 22
assert baseline.findings[0] == [path: 'paper_logs/2024/01/02.md', rule: 'DG110',
    about: 'paper 2401.00368: repeated author names: Liang Wang', count: 1]
def keys = baseline.findings.collect { [it.path, it.rule, it.about].join('\u0000') }
assert keys == keys.toSorted()
assert baseline.findings.sum { it.count } == 22
assert baselineFile.text.endsWith('}\n')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/digest-reports/digest.json'))
assert json.totals.baselined == 22
assert json.findings.every { it.baselined }
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/digest-reports/digest.sarif'))
assert sarif.runs[0].results*.baselineState.toSet() == ['unchanged'] as Set
return true
